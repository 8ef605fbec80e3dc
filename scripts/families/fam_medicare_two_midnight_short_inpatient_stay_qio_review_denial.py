"""Notices mirrored (structure and wording style only) from Medicare's Two-Midnight rule short-stay reviews: a
BFCC-QIO style review contractor finds that a short inpatient admission was not reasonable and necessary at the
inpatient level of care (the care could have been given as outpatient / observation), the Medicare
Administrative Contractor denies the Part A claim and upholds it on redetermination, the beneficiary's Medicare
Summary Notice shows the denied stay, the hospital rebills and bills the patient. Medicare, the BFCC-QIO
program, the Two-Midnight rule, HINN and the appeal levels appear as themselves; the review contractor, the MAC,
the hospital, every person and every number are invented.

Documents (8 in 7 files):
- bd_qio_results_letter_claim_blocks: the review contractor's results letter to the hospital with three
  "Claim 1 of 3" label blocks (other patients' claims affirmed), one block denied; no appeal deadline (appeal
  rights follow the MAC's adjustment; a 30-day physician-discussion offer and Part B rebilling year as decoys).
- faxstd_qio_detailed_findings_two_page: detailed findings, two pages in small type under a typed fax header
  line on each page, grey bands and a shaded identifier table, five provider roles, a two-digit-year stay span,
  the case number split at a hyphen over a line end, a continuation page repeating patient and case.
- scan300_msn_part_a_from_thru_columns: Medicare Summary Notice for Part A, three facility claims with From and
  Thru in separate columns, the short stay denied, a printed "file by" date.
- rotated_mac_redetermination_two_column: the MAC's unfavorable redetermination to the hospital, the facts in a
  right-hand column, fed sideways.
- copy_hospital_statement_rebilled_two_page: the hospital's two-page patient statement after the Part B rebill
  (an inset box, a continuation page below a repeated header; denies nothing).
- lowres_qio_hinn_admission_review_beneficiary: the review contractor's letter to a beneficiary who asked for
  review of a hospital-issued notice of noncoverage at admission; "ask by" date printed.
- faxfine_stack_attending_letter_and_rereview: fax cover, the attending physician's letter asking for a
  re-review (denies nothing), then the upheld re-review with its first page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper, nth
from kit_rounddh_famdhf import Sheet2, yy_span
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_two_midnight_short_inpatient_stay_qio_review_denial"
LANG = "en"
SEED = 351105
QIO = "Tamarack Bay Quality Review Partners"
MAC = "Northwind Medicare Administrative Services"
HOSP = "Silver Aspen Community Hospital"
HOSP2 = "Kettle Falls Memorial Medical Center"
HHA = "Blue Heron Home Health Agency"
ATTEND = "Corinne Adebayo-Lund, DO"
ADMIT = "Russell Thackeray, MD"
ED_DOC = "Priya Venkataraman, PA-C"
SUPERV = "Emil Strandquist, MD"
OTHER_DOCS = ["Marguerite Olafsen, MD", "Desmond Achebe, DO", "Helga Moraitis, MD"]
PHONE = "1-888-555-"


def dashed_mbi(rng) -> str:
    m = mbi(rng)
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def icn(rng) -> str:
    return "21" + digits(rng, 11)


def qcase(rng) -> str:
    """QIO case numbers mix letters and digits that OCR confuses (O/0, B/8, I/1)."""
    return f"SSR-26{digits(rng, 2)}-{rng.choice(['O', 'B', 'I'])}{digits(rng, 2)}{rng.choice(['B', 'O', 'S'])}"


def stay(rng, base: dt.date):
    a = plus(base, rng.randint(0, 20))
    return a, plus(a, 1)


def _lh(p: Sheet2, rng, sub: str):
    p.f(14, "B")
    p.cell(0, 7, QIO, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, "Beneficiary and Family Centered Care Quality Improvement Organization (BFCC-QIO)",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, f"{sub}  |  {rng.randint(100, 990)} Lakeshore Pkwy, Suite {rng.randint(200, 900)}, Madison WI "
           f"537{rng.randint(10, 99)}  |  Helpline {PHONE}{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def bd_results(rng):
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 20))
    k = rng.choice([1, 2])
    blocks, deny = [], None
    for i in range(3):
        name = person(rng)[0]
        a, b = stay(rng, dt.date(2026, 2, 2) + dt.timedelta(days=12 * i))
        if i != k:
            b = plus(a, rng.randint(2, 4))
        row = {"name": name, "mbi": dashed_mbi(rng), "icn": icn(rng), "case": qcase(rng), "a": a, "b": b,
               "doc": ATTEND if i == k else OTHER_DOCS[i], "amt": amount(rng, 9000, 24000)}
        blocks.append(row)
        if i == k:
            deny = row
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Short Stay Review Program")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in ["Director, Utilization Review", HOSP, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("CMS Certification Number", f"52-{digits(rng, 4)}"), ("Facility NPI", digits(rng, 10)),
             ("Review sample", f"Q2-2026 sample {rng.randint(2, 9)} (3 claims)")], label_w=52, size=9, h=4.8)
    p.ln(2)
    p.line("Re: Results of Two-Midnight short stay review", 10.5, "B")
    p.ln(2)
    p.para("We reviewed the medical records for the inpatient claims listed below under the Two-Midnight rule "
           "(42 CFR 412.3). For each claim we asked whether, at the time of the admission order, the admitting "
           "practitioner could reasonably expect the beneficiary to need hospital care that crossed two midnights, "
           "or whether the record otherwise supports inpatient admission.", 9.5)
    for i, r in enumerate(blocks):
        st = "NOT AFFIRMED - inpatient admission not reasonable and necessary" if i == k else "Affirmed"
        p.claim_block(f"Claim {i + 1} of 3", [("Beneficiary", r["name"]), ("Medicare number", r["mbi"]),
                      ("ICN", r["icn"]), ("QIO case number", r["case"]),
                      ("Admit / discharge", f"{fdate(r['a'], 'slash')} - {fdate(r['b'], 'slash')}"),
                      ("Attending", r["doc"]), ("Total charges", money(r["amt"])), ("Status", st)], status_bold=True)
    p.para(f"For the claim not affirmed, the beneficiary came to the emergency department with chest pain, had "
           "negative serial troponins and a normal stress test, and went home the next day. The record does not "
           "show a reasonable expectation of a stay crossing two midnights, and the services could have been "
           "given in outpatient observation. The inpatient level of care was not reasonable and necessary.", 9.5)
    p.para(f"We are sending this result to {MAC}, which will adjust the Part A claim. The hospital may rebill the "
           "medically necessary services under Part B within 1 year of the date of service. Your appeal rights "
           "come with the contractor's remittance advice; the hospital may ask that contractor for a "
           "redetermination within 120 days of receiving it.", 9.5)
    p.para("You may ask for a discussion of this result with our physician reviewer within 30 days of the date "
           "of this letter. The discussion is for education and does not change the determination.", 9.5)
    p.para(f"Sincerely,\n\nCase Review Manager, {QIO}", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=QIO, member_id=deny["mbi"], member_name=deny["name"],
              cases=[deny["case"], deny["icn"]], claim_amount=m2(deny["amt"]),
              service_dates=[span(deny["a"], deny["b"])], denial_date=nd.isoformat(), provider=HOSP,
              alternates={"insurer": ["Medicare"], "provider": [ATTEND],
                          "case_numbers": [[deny["case"]], [deny["icn"]]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_findings(rng):
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 20))
    name = person(rng)[0]
    mid = dashed_mbi(rng)
    a, b = stay(rng, dt.date(2026, 3, 2))
    case, cl, pcn = qcase(rng), icn(rng), f"PCN {digits(rng, 8)}-01"
    amt = amount(rng, 11000, 26000)
    req, rec = plus(nd, -rng.randint(40, 50)), plus(nd, -rng.randint(20, 30))
    p = Sheet2(footer="Page {n} of {nb}")
    p.fax_hdr = (f"{dmy_upper(nd)} 10:{rng.randint(10, 59)}  FROM: TAMARACK BAY QRP  608-555-{digits(rng, 4)}  "
                 f"TO: SAVCH UR DEPT 509-555-{digits(rng, 4)}  P.{{n}}/2")
    p.run_hdr = f"Detailed findings (continued)  -  Patient: {name}  -  QIO case {case}"
    p.set_margins(16, 14, 16)
    p.add_page()
    _lh(p, rng, "Short Stay Review - Detailed Findings")
    p.band("CASE SUMMARY", 8.5)
    p.shaded_table(["Item", "Value", "Item", "Value"], [
        ["Beneficiary", name, "Medicare number", mid],
        ["QIO case number", case, "Claim ICN", cl],
        ["Hospital patient control no.", pcn, "Bill type", "111 (inpatient Part A)"],
        ["Stay (admit - discharge)", yy_span(a, b), "Total charges", money(amt)],
        ["Records requested", fdate(req, "slash"), "Records received", fdate(rec, "slash")]],
        [40, 52, 36, 50], size=7.6)
    p.band("PROVIDERS ON THIS CLAIM", 8.5)
    p.shaded_table(["Role", "Name", "NPI"], [
        ["Facility (billing)", HOSP, digits(rng, 10)],
        ["Attending (rendering)", ATTEND, digits(rng, 10)],
        ["Admitting", ADMIT, digits(rng, 10)],
        ["Referring (emergency dept.)", ED_DOC, digits(rng, 10)],
        ["Supervising (emergency dept.)", SUPERV, digits(rng, 10)]], [50, 90, 38], size=7.6)
    p.band("CLINICAL SUMMARY", 8.5)
    p.para(f"The beneficiary was admitted on {fdate(a, 'long')} from the emergency department after a syncopal "
           f"episode at home and was discharged on {fdate(b, 'long')}. Telemetry showed sinus rhythm, orthostatic "
           "vital signs were positive and improved with one liter of IV fluid, and a head CT was negative. The "
           "admission order was signed at 23:40 after 9 hours in the emergency department.", 8)
    p.para(f"Our physician reviewer (board certified in internal medicine) found that the expected length of "
           "care at the time of the order did not cross two midnights and that no inpatient-only procedure or "
           "case-by-case exception applied. See case", 8, gap=0)
    p.para(f"{case[:9]}", 8, gap=0)
    p.para(f"{case[9:]} in all correspondence.", 8)
    p.add_page()
    p.band("DETERMINATION", 8.5)
    p.para("Inpatient admission: NOT REASONABLE AND NECESSARY. Level of care: the services were appropriate at the "
           "outpatient (observation) level of care. The Part A inpatient claim will be denied by the Medicare "
           f"Administrative Contractor, {MAC}, which will send the hospital a remittance advice.", 8)
    p.band("WHAT THE HOSPITAL MAY DO", 8.5)
    p.bullets(["Rebill the reasonable and necessary services as Part B inpatient (bill type 121) within 1 year of "
               "the date of service.",
               "Ask the contractor for a redetermination within 120 days of receiving the remittance advice.",
               "Ask for a physician-to-physician discussion within 30 days of the date of this notice (education "
               "only; it does not change the result)."], 8)
    p.band("REVIEW TIMELINE", 8.5)
    p.shaded_table(["Step", "Date"], [["Medical records requested", fdate(req, "abbr")],
                                      ["Medical records received", fdate(rec, "abbr")],
                                      ["Physician review completed", fdate(plus(nd, -2), "abbr")],
                                      ["Notice issued", fdate(nd, "abbr")]], [80, 50], size=7.6)
    p.para(f"Questions: Short Stay Review Unit, {PHONE}{digits(rng, 4)}, fax 608-555-{digits(rng, 4)}.", 8)
    t = truth("denial_letter", "level_of_care", insurer=QIO, member_id=mid, member_name=name, cases=[case, cl],
              claim_amount=m2(amt), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=HOSP,
              alternates={"insurer": ["Medicare"], "provider": [ATTEND], "case_numbers": [[case], [cl]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_msn(rng):
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 20))
    name, first, mi, last = person(rng)
    mid = dashed_mbi(rng)
    a0 = dt.date(2026, 1, rng.randint(5, 12))
    b0 = plus(a0, rng.randint(3, 5))
    a, b = stay(rng, dt.date(2026, 2, 16))
    h0 = plus(b, rng.randint(4, 8))
    h1 = plus(h0, 29)
    rows = [(HOSP2, a0, b0, "icn", amount(rng, 14000, 30000), "Yes", "A"),
            (HOSP, a, b, "icn", amount(rng, 9000, 22000), "No", "B, C"),
            (HHA, h0, h1, "icn", amount(rng, 2500, 4800), "Yes", "D")]
    deny = None
    p = Sheet2(footer="Page {n} of {nb}", footer_left=f"{name}  |  Medicare Number {mid}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, "Medicare Summary Notice for Part A (Hospital Insurance)", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 5, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           new_x="LMARGIN", new_y="NEXT")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [name.upper(), *[x.upper() for x in address(rng)]]:
        p.line(ln, 9.5)
    p.right_block([("Medicare Number", mid), ("Date of this notice", fdate(nd, "long")),
                   ("Claims processed between", f"{fdate(plus(nd, -92), 'abbr')} - {fdate(nd, 'abbr')}")],
                  w=100, size=8.5, y=y0)
    p.ln(6)
    p.band("Your Claims & Costs This Period", 10)
    body = []
    for prov, s, e, _, chg, ok, notes in rows:
        c = icn(rng)
        paid = 0.0 if ok == "No" else round(chg * rng.uniform(0.35, 0.55), 2)
        owe = 0.0 if ok == "No" else (1736.0 if prov == HOSP2 else 0.0)
        body.append([prov, fdate(s, "slash"), fdate(e, "slash"), c, ok, money(chg), money(paid),
                     money(owe), notes])
        if ok == "No":
            deny = (prov, s, e, c, chg)
    p.table(["Facility", "From", "Thru", "Claim number", "Claim\napproved?", "Total\ncharges",
             "Amount\nMedicare paid", "Max. you may\nbe billed", "See\nnotes"], body,
            [48, 17, 17, 25, 14, 19, 19, 17, 12], size=7.2,
            aligns=["L", "L", "L", "L", "C", "R", "R", "R", "C"])
    p.band("Notes for Claims Above", 9)
    p.bullets([f"A  $1,736.00 was applied to your Part A deductible for the benefit period that began "
               f"{fdate(a0, 'abbr')}.",
               "B  Medicare Part A does not pay for this inpatient stay. A Quality Improvement Organization found "
               "that your care could have been given as an outpatient (observation), so an inpatient level of "
               "care was not needed. The hospital may bill Part B for some services.",
               "C  Because the hospital was told about this decision, you are not responsible for the Part A "
               "charges. Part B coinsurance may apply when the hospital rebills.",
               "D  30-day home health period approved."], 8.3)
    p.band("How to Handle Denied Claims or File an Appeal", 9)
    p.para(f"If you disagree with a decision on this notice, you can file an appeal. Appeals must be filed in "
           f"writing by {fdate(plus(nd, 120), 'long')}. Circle the claim you disagree with, explain why, and send "
           f"this notice to {MAC}, Part A Redeterminations, PO Box {rng.randint(1000, 9999)}, Fargo ND "
           f"581{rng.randint(10, 99)}. Call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 8.5)
    p.para(f"Your Benefit Days: you used {(b0 - a0).days} of your 60 full days in the benefit period that began "
           f"{fdate(a0, 'slash')}.", 8.5)
    prov, s, e, c, chg = deny
    t = truth("eob", "level_of_care", insurer="Medicare", member_id=mid, member_name=name, cases=[c],
              claim_amount=m2(chg), service_dates=[span(s, e)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_redet(rng):
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 20))
    name = person(rng)[0]
    mid = dashed_mbi(rng)
    a, b = stay(rng, dt.date(2026, 2, 9))
    cl = icn(rng)
    appeal = f"RD-{digits(rng, 3)}-8I{digits(rng, 4)}"
    amt = amount(rng, 9000, 22000)
    rec = plus(nd, -rng.randint(25, 45))
    p = Sheet2(serif=True, footer="Page {n} of {nb}")
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Medicare Administrative Contractor  |  Part A Appeals  |  PO Box {rng.randint(1000, 9999)}, "
           f"Fargo ND 581{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in ["Patient Financial Services", HOSP, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("MEDICARE REDETERMINATION NOTICE - UNFAVORABLE", 11, "B")
    p.ln(2)
    p.two_col([
        "Dear Provider:",
        "We reviewed your request for a redetermination of the Part A inpatient claim shown at the right. A "
        "clinician who took no part in the first decision reviewed the medical record, the Quality Improvement "
        "Organization's short stay review and your letter.",
        "Decision: UNFAVORABLE. Medicare will not pay for the inpatient admission. The admission order did not "
        "rest on a reasonable expectation of medically necessary hospital care crossing two midnights, and the "
        "patient's care could safely have been given at the outpatient observation level of care. The inpatient "
        "level of care was therefore not reasonable and necessary under section 1862(a)(1)(A) of the Social "
        "Security Act.",
        f"The attending physician, {ATTEND}, documented improvement by the next morning, and no inpatient-only "
        "procedure was performed.",
        "If you disagree, you may ask a Qualified Independent Contractor (QIC) for a reconsideration. You must "
        "file within 180 days of receiving this letter. The liability for the charges stays with the hospital "
        "under section 1879 of the Act.",
        f"Questions: Provider Contact Center, {PHONE}{digits(rng, 4)}."],
        [("Appellant", HOSP), ("Beneficiary", name), ("Medicare number", mid), ("Claim ICN", cl),
         ("Appeal number", appeal), ("Dates of service", f"{fdate(a, 'slash')} to {fdate(b, 'slash')}"),
         ("Total charges", money(amt)), ("Request received", fdate(rec, "slash")),
         ("Bill type", "111")])
    t = truth("denial_letter", "level_of_care", insurer=MAC, member_id=mid, member_name=name,
              cases=[cl, appeal], claim_amount=m2(amt), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=HOSP, alternates={"insurer": ["Medicare"], "provider": [ATTEND], "case_numbers": [[appeal]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def copy_statement(rng):
    sd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 20))
    name, first, mi, last = person(rng)
    mid = dashed_mbi(rng)
    a, b = stay(rng, dt.date(2026, 2, 23))
    acct = f"{digits(rng, 9)}"
    cl = icn(rng)
    lines = [("0450", "Emergency department level 5", 2860.00), ("0762", "Observation hours (rebilled)", 1944.00),
             ("0300", "Laboratory", 612.40), ("0320", "Radiology - diagnostic", 488.00),
             ("0350", "CT scan", 1725.00), ("0480", "Cardiology / echocardiogram", 1390.00),
             ("0250", "Pharmacy", 318.75), ("0730", "EKG / ECG", 214.00), ("0260", "IV therapy", 402.00)]
    tot = round(sum(x[2] for x in lines), 2)
    p = Sheet2(footer="Page {n} of {nb}")
    p.run_hdr = f"{HOSP}  -  Patient {name}  -  Account {acct}  -  Medicare claim {cl}"
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  509-555-{digits(rng, 4)}  |  Tax ID 91-{digits(rng, 7)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", name), ("Account number", acct),
             ("Medicare number", mid), ("Guarantor", f"{first} {mi}. {last}")], label_w=38, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}: Medicare's review contractor decided that your hospital stay did not need the "
           "inpatient level of care, and Medicare Part A denied our inpatient claim. As Medicare allows, we "
           "billed Medicare Part B again for the services you received as an outpatient.", 9.5)
    p.inset("Your hospital stay", [("Admitted", fdate(a, "long")), ("Discharged", fdate(b, "long")),
                                   ("Part A claim", f"{cl} (denied)"), ("Part B rebill", "bill type 121"),
                                   ("Attending", ATTEND), ("Total charges", money(tot) + "*")])
    p.para("You do not owe the Part A inpatient deductible for this stay. You may owe the Part B deductible and "
           "20% coinsurance on the outpatient services once Medicare Part B has processed the rebilled claim, "
           "and the cost of self-administered drugs, which Part B does not cover.", 9.5)
    p.para("* Total charges before Medicare payment. No payment is due today; we will send a new statement after "
           "Medicare Part B pays.", 8)
    p.para("Financial assistance is available. Ask us for an application within 240 days of your first "
           "statement.", 9)
    p.add_page()
    p.line("Charge detail", 11, "B")
    p.ln(1)
    p.table(["Rev. code", "Description", "From", "Thru", "Charges"],
            [[c, d, fdate(a, "short"), fdate(b, "short"), money(v, "nosign")] for c, d, v in lines] +
            [["", "TOTAL CHARGES", "", "", money(tot, "nosign")], ["", "Medicare Part A payment (denied)", "", "",
             "0.00"], ["", "Medicare Part B payment (pending)", "", "", "0.00"],
             ["", "BALANCE (pending insurance)", "", "", money(tot, "nosign")]],
            [22, 80, 24, 24, 28], size=8.5, aligns=["L", "L", "L", "L", "R"], bold_last=True)
    p.para("Remit to Patient Financial Services at the address above. Make checks payable to "
           f"{HOSP}.", 9)
    t = truth("other", None, insurer="Medicare", member_id=mid, member_name=name, cases=[cl],
              claim_amount=m2(tot), service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=HOSP,
              unscored=["insurer"])
    return out(p), t


def lowres_hinn(rng):
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 20))
    name, first, mi, last = person(rng)
    mid = dashed_mbi(rng)
    adm = plus(nd, -rng.randint(2, 3))
    hinn = plus(adm, 0)
    case = qcase(rng)
    dob = dt.date(rng.randint(1938, 1958), rng.randint(1, 12), rng.randint(1, 28))
    p = Sheet2(footer="Page {n} of {nb}", footer_left="TBQRP-HINN-DET-1")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Beneficiary Reviews")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.boxed_pairs([("QIO case number", case), ("Medicare number", mid), ("Date of birth", fdate(dob, "slash")),
                   ("Hospital", HOSP), ("Admitting physician", ADMIT), ("Referred by", f"{ED_DOC} (emergency dept.)"),
                   ("Date of admission", fdate(adm, "long")), ("Notice of noncoverage given", fdate(hinn, "slash")),
                   ("Your request received", f"{fdate(plus(adm, 1), 'slash')} by phone")], label_w=58, size=9)
    p.line("Our decision about your hospital admission", 11, "B")
    p.ln(1)
    p.para(f"Dear {first} {last}:", 10)
    p.para("You asked us to review the hospital's notice that Medicare would not pay for your inpatient admission. "
           "A physician who was not involved in your care reviewed your medical records and talked with the "
           "hospital. We agree with the hospital. Your condition could have been treated safely at the outpatient "
           "(observation) level of care; you did not need the inpatient level of care, so Medicare Part A will not "
           "pay for the inpatient stay.", 10)
    p.para("If you stay in the hospital as an inpatient, you may have to pay for the stay starting the third day "
           "after you received the hospital's notice.", 10)
    p.para(f"If you disagree, you may ask us to reconsider. You must ask within 60 days after you receive this "
           f"letter. We assume you receive it 5 days after the date at the top, so your request must reach us by "
           f"{fdate(plus(nd, 65), 'long')}. Call {PHONE}{digits(rng, 4)} (TTY 711) 24 hours a day.", 10)
    p.para(f"Sincerely,\n\nPhysician Review Unit, {QIO}", 10)
    t = truth("denial_letter", "level_of_care", insurer=QIO, member_id=mid, member_name=name, cases=[case],
              service_dates=[span(adm)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 65).isoformat(),
              alternates={"insurer": ["Medicare"], "provider": [ADMIT]}, denial_alternates=["medical_necessity"])
    return out(p), t


def stack_docs(rng):
    name, first, mi, last = person(rng)
    mid = dashed_mbi(rng)
    a, b = stay(rng, dt.date(2026, 3, 9))
    case, cl = qcase(rng), icn(rng)
    od = plus(b, rng.randint(40, 50))
    ld = plus(od, rng.randint(6, 12))
    q = Sheet2(footer=None)
    q.set_margins(22, 18, 22)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Department of Hospital Medicine  |  509-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(6)
    q.line(fdate(ld, "long"), 10)
    q.ln(3)
    q.line(f"{QIO}, Short Stay Review Unit", 10)
    q.ln(3)
    q.re_block([f"Request for re-review, QIO case {case}", f"Patient {name}, Medicare number {mid}",
                f"Claim ICN {cl}"])
    q.para(f"I was the attending physician for this patient, admitted on {fdate(a, 'abbr')} and discharged on "
           f"{fdate(b, 'abbr')}. Your letter of {fdate(od, 'slash')} found the inpatient admission not reasonable "
           "and necessary. At the time of my order the patient had a potassium of 6.4 with peaked T waves and "
           "stage 4 kidney disease; I expected at least two midnights of monitored care. That the patient "
           "improved faster than expected does not change what was reasonable to expect.", 10)
    q.para("Please re-review the admission with the enclosed nephrology consult and telemetry strips.", 10)
    q.para(f"Sincerely,\n\n{ATTEND}\nAttending physician, Hospital Medicine\nNPI {digits(rng, 10)}", 10)
    doc1 = (out(q), truth("other", None, insurer=QIO, member_id=mid, member_name=name, cases=[case, cl],
                          service_dates=[span(a, b)], denial_date=ld.isoformat(), provider=ATTEND,
                          alternates={"insurer": [None], "provider": [HOSP], "case_numbers": [[case]]}))
    nd = plus(ld, rng.randint(14, 21))
    amt = amount(rng, 12000, 26000)
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Short Stay Review - Re-review")
    p.line(fdate(nd, "slash"), 10)
    p.ln(2)
    p.line(f"To: {ATTEND}, and Director, Utilization Review, {HOSP}", 9.5)
    p.ln(3)
    p.pairs([("QIO case", case), ("Beneficiary", name), ("Medicare no.", mid), ("ICN", cl),
             ("Admit - discharge", f"{fdate(a, 'dash')} - {fdate(b, 'dash')}"), ("Total charges", money(amt, "flat")),
             ("Re-review requested", fdate(ld, "abbr"))], label_w=44, size=9.5, h=5)
    p.ln(3)
    p.line("Re-review result: ORIGINAL DETERMINATION UPHELD", 11, "B")
    p.ln(1)
    p.para("A second physician reviewer, board certified in nephrology, reviewed the record and the attending "
           "physician's letter. The potassium was corrected in the emergency department within four hours and "
           "repeat ECG was normal before the admission order. At the time of the order a stay crossing two "
           "midnights was not reasonably expected; the care was appropriate at the outpatient observation level "
           "of care. The inpatient admission remains not reasonable and necessary.", 10)
    p.para(f"This completes our review. {MAC} will adjust the claim; the hospital's appeal rights are explained in "
           "its remittance advice (redetermination within 120 days of receiving it). Part B rebilling must be done "
           "within 1 year of the date of service.", 10)
    p.add_page()
    p.line(f"QIO case {case} - reviewer notes (page 2)", 10, "B")
    p.ln(2)
    p.bullets(["Emergency department arrival 14:05; admission order 21:50.",
               "Potassium 6.4 on arrival, 5.1 after treatment at 18:20; ECG normalized.",
               "No inpatient-only procedure; no rare-and-unusual exception documented.",
               "Discharged home the next afternoon on a potassium binder."], 9.5)
    doc2 = (out(p), truth("denial_letter", "level_of_care", insurer=QIO, member_id=mid, member_name=name,
                          cases=[case, cl], claim_amount=m2(amt), service_dates=[span(a, b)],
                          denial_date=nd.isoformat(), provider=HOSP,
                          alternates={"insurer": ["Medicare"], "provider": [ATTEND], "case_numbers": [[case]]},
                          denial_alternates=["medical_necessity"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_qio_results_letter_claim_blocks", "born_digital", [bd_results(rng)]),
        Item(F + "faxstd_qio_detailed_findings_two_page", "fax_standard_g4", [faxstd_findings(rng)]),
        Item(F + "scan300_msn_part_a_from_thru_columns", "scan_clean_300", [scan300_msn(rng)]),
        Item(F + "rotated_mac_redetermination_two_column", "rotated", [rotated_redet(rng)]),
        Item(F + "copy_hospital_statement_rebilled_two_page", "photocopy", [copy_statement(rng)]),
        Item(F + "lowres_qio_hinn_admission_review_beneficiary", "scan_lowres_150", [lowres_hinn(rng)]),
        Item(F + "faxfine_stack_attending_letter_and_rereview", "fax_fine_g4", stack_docs(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
