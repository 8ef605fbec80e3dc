"""Family 'hospital_billed_professional_fee_split_bill_eob': one emergency visit billed twice over -- the hospital's
facility claim (UB-04) and the professional claim of its employed emergency physician (CMS-1500) -- where the
invented plan refused the professional claim as a duplicate of the facility claim (same date, same tax ID).

Documents: a three-claim member EOB (only the professional claim refused); the corrected EOB after the hospital
resubmitted with the physician's NPI (paid, denies nothing); the hospital's itemized bill (denies nothing); a
faxed stack of the plan's prose notice to the member and the hospital's reconsideration letter; a claim-status
notice in label columns; a second member's two-claim EOB (radiology read billed by hospital and group, the
hospital's copy refused); and the upheld appeal for that read.

All people, plans and numbers are invented (555 phone numbers). Decoys: DOB, NPIs, tax IDs, patient account
numbers, received dates, processing periods, other claims, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "hospital_billed_professional_fee_split_bill_eob"
LANG = "en"
SEED = 341700

INS = "Thistlewood Health Alliance"
WORD = "THISTLEWOOD"
ADDR = "PO Box 77104, Erie, PA 16501"
PH = "1-866-555-0172"
HOSP = "Halvorsen Memorial Hospital"
HOSP_ADDR = "400 Quarry Street, Erie, PA 16501"
DOC = "Mireille K. Ostrander"
RAD = "Tobias R. Lindqvist"
GROUP = "TW-40881"
MEM = "Colin F. Rutledge"
MID = "THA 6620 41187"
MID_T = "THA662041187"
DOS = dt.date(2026, 2, 9)
FAC_CLM = "2604-118830"
PRO_CLM = "2604-118831"
PRO_AMT = "1,184.00"
FOOT = "THA-EOB-07 (rev. 2025)   Page {p} of {n}"


def D(y, m, d):
    return dt.date(y, m, d)


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


def labels(d, rows, w=40, size=9.5, h=5.2):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def paras(d, items, size=10, gap=2.5):
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size, gap)


def head(d, sub=None, right=False):
    d.add_page()
    a = "R" if right else "L"
    d.text_line(WORD, 20, "B", a)
    d.text_line(sub or f"{INS}  -  {ADDR}  -  Customer Care {PH} (TTY 711)", 8, "", a)
    d.rule(0.8, 4)


def base(**kw):
    f = dict(insurer=INS, group_number=GROUP, member_id=MID_T, member_name=MEM)
    f.update(kw)
    return f


# 1 born digital: three-claim EOB, professional claim refused as duplicate
def eob_three():
    notice = D(2026, 3, 6)
    d = Doc(footer=FOOT)
    head(d)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill.  Keep it with your records.", 9)
    d.ln(2)
    y = d.get_y()
    labels(d, [("Statement date:", fmt_date(notice, "long")), ("Member:", MEM), ("Member ID:", MID),
               ("Date of birth:", "11/02/1968"), ("Group:", GROUP), ("Claims received:", "02/12/2026 - 03/02/2026")],
           34, 9)
    d.set_xy(135, y)
    d.set_fill_color(234, 234, 234)
    d.font(8.5, "B")
    d.multi_cell(64, 4.6, "Your 2026 deductible\nIndividual: $1,500.00\nApplied to date: $1,500.00\n"
                 "Out-of-pocket maximum: $6,350.00\nApplied to date: $1,862.40", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 36))
    w = [22, 58, 22, 22, 22, 22, 14]
    hr = ["Date", "Service", "Amount billed", "Allowed", "Plan paid", "You owe", "Note"]
    d.text_line(f"Claim {FAC_CLM}   {HOSP} (facility)   Patient acct 00418822", 9.5, "B")
    d.table(hr, [[fmt_date(DOS, "slash"), "0450 Emergency room", "3,912.00", "2,140.55", "1,790.55", "350.00", "E1"],
                 [fmt_date(DOS, "slash"), "0320 Radiology dx", "688.00", "301.20", "301.20", "0.00", "P1"],
                 ["*Claim total", "", "4,600.00", "2,441.75", "2,091.75", "350.00", ""]], w, 8.2, "LLRRRRL")
    d.text_line(f"Claim {PRO_CLM}   {HOSP} - professional services, {DOC}, MD", 9.5, "B")
    d.table(hr, [[fmt_date(DOS, "slash"), "99284 ED visit, mod. severity", "1,012.00", "0.00", "0.00", "0.00", "D7"],
                 [fmt_date(DOS, "slash"), "93010 ECG interpretation", "172.00", "0.00", "0.00", "0.00", "D7"],
                 ["*Claim total", "", PRO_AMT, "0.00", "0.00", "0.00", ""]], w, 8.2, "LLRRRRL")
    d.text_line("Claim 2604-120047   Lakeshore Primary Care, Ada P. Nguyen, DO", 9.5, "B")
    d.table(hr, [[fmt_date(D(2026, 2, 17), "slash"), "99214 Office visit", "245.00", "141.30", "111.30", "30.00",
                  "C2"]], w, 8.2, "LLRRRRL")
    paras(d, ["#Notes",
              "E1  Emergency room copay applied.   P1  Paid in full at the network rate.   C2  Office visit copay.",
              f"D7  Duplicate. This claim repeats services already submitted on claim {FAC_CLM} for the same date by "
              "the same provider tax ID. We do not pay the same service twice. You do not owe the billed amount; "
              "the provider may not bill you for a duplicate.",
              "#If you disagree",
              "You may appeal within 180 days of the date of this statement. Write to Thistlewood Appeals, "
              f"{ADDR}, or call {PH}. If your health is at serious risk, ask for an expedited appeal (decided within "
              "72 hours). You may also ask for an external review within 4 months after a final appeal decision."],
          8.8, 1.8)
    t = truth("eob", "other", **base(case_numbers=[PRO_CLM], claim_amount="1184.00", service_dates=[DOS.isoformat()],
                                     denial_date=notice.isoformat(), provider=DOC, appeal_deadline=plus(notice, 180),
                                     alternates={"provider": [HOSP]}))
    return pdf_bytes(d), t


# 2 scan 300: corrected EOB, professional claim paid
def corrected_eob():
    notice = D(2026, 4, 14)
    new = "2610-402215"
    d = Doc(footer=FOOT)
    head(d, right=True)
    d.text_line("CORRECTED EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line(f"This statement replaces the processing of claim {PRO_CLM}", 9, "", "C")
    d.ln(3)
    d.boxes([("Issued", fmt_date(notice, "dmy"), 40), ("Patient", MEM, 58), ("ID number", MID, 44),
             ("Group", GROUP, 36)])
    d.boxes([("Claim", new, 40), ("Provider", f"{DOC}, MD", 58), ("Billing NPI", "1730448192", 44),
             ("Network", "In network", 36)])
    d.ln(4)
    d.table(["Service date", "Procedure", "Charge", "Allowed", "Deductible", "Coinsurance", "Paid"],
            [[fmt_date(DOS, "dmy"), "99284", "1,012.00", "418.60", "0.00", "83.72", "334.88"],
             [fmt_date(DOS, "dmy"), "93010", "172.00", "21.40", "0.00", "4.28", "17.12"],
             ["*Totals", "", "1,184.00", "440.00", "0.00", "88.00", "352.00"]], [28, 26, 26, 26, 26, 28, 22], 8.6,
            "LLRRRRR")
    paras(d, ["What changed: Halvorsen Memorial Hospital sent a corrected claim that lists the emergency physician's "
              "own NPI as the rendering provider. The professional services are no longer a duplicate of the "
              "facility claim and are now paid at the network rate. Your share is the 20% coinsurance shown above.",
              "Payment of $352.00 was sent to the provider on check 0077310. Amount you may owe the provider: $88.00.",
              "Questions? Call Customer Care at 1-866-555-0172. Plan year deductible met: $1,500.00 of $1,500.00."],
          9.5)
    t = truth("eob", None, **base(case_numbers=[new], claim_amount="1184.00", service_dates=[DOS.isoformat()],
                                  denial_date=notice.isoformat(), provider=DOC, alternates={"provider": [HOSP],
                                  "case_numbers": [[new, PRO_CLM]]}))
    return pdf_bytes(d), t


# 3 photocopy: hospital itemized bill (no denial)
def itemized_bill():
    stmt = D(2026, 3, 20)
    d = Doc(footer="Page {p} of {n}")
    d.add_page()
    d.text_line(HOSP.upper(), 16, "B")
    d.text_line(f"{HOSP_ADDR}   Patient Financial Services 1-814-555-0190   Tax ID 25-1180042", 8)
    d.rule(0.5, 3)
    d.text_line("ITEMIZED STATEMENT OF ACCOUNT", 12, "B", "C")
    d.ln(2)
    labels(d, [("Guarantor / patient", MEM), ("Account number", "00418822"), ("Statement date", fmt_date(stmt, "abbr")),
               ("Admit / discharge", f"{fmt_date(DOS, 'slash')} ER - treat and release"),
               ("Attending", f"{DOC}, MD (NPI 1730448192)"), ("Primary insurance", f"{INS}  ID {MID}")], 46, 9)
    rows = [[fmt_date(DOS, "slash"), "0450", "99284", "ER LEVEL 4 FACILITY", "1", "3,912.00"],
            [fmt_date(DOS, "slash"), "0320", "71046", "XR CHEST 2 VIEWS", "1", "688.00"],
            [fmt_date(DOS, "slash"), "0960", "99284-26", "PHYS ED VISIT PROF", "1", "1,012.00"],
            [fmt_date(DOS, "slash"), "0985", "93010", "ECG INTERP PROF", "1", "172.00"],
            ["*", "", "", "TOTAL CHARGES", "", "5,784.00"]]
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"], rows, [24, 14, 26, 70, 12, 30], 8.6,
            "LLLLRR")
    d.table(["Posted", "Transaction", "Amount"],
            [["03/06/2026", "THISTLEWOOD PAYMENT - FACILITY", "-2,091.75"],
             ["03/06/2026", "THISTLEWOOD ADJ - CONTRACTUAL", "-2,158.25"],
             ["03/06/2026", "PROF CLAIM - PAYER RESPONSE PENDING", "0.00"],
             ["*", "BALANCE", "1,534.00"]], [24, 122, 30], 8.6, "LLR")
    paras(d, ["Your insurer has not finished processing the professional portion of this visit. We are working with "
              "them; you do not need to pay the professional charges until we send a new statement. Amount due now: "
              "$350.00 (emergency room copay).",
              "Financial assistance is available. Ask for our Plain Language Summary or call 1-814-555-0190."], 9)
    t = truth("other", None, **base(insurer=None, group_number=None, case_numbers=[], claim_amount="5784.00",
                                    service_dates=[DOS.isoformat()], denial_date=stmt.isoformat(), provider=HOSP,
                                    alternates={"provider": [DOC]}))
    t["unscored"] = ["insurer", "case_numbers", "appeal_deadline"]
    return pdf_bytes(d), t


# 4a fax stack: prose-only member letter
def prose_letter():
    notice = D(2026, 3, 9)
    d = Doc(footer="Page {p} of {n}")
    head(d)
    d.ln(2)
    paras(d, [fmt_date(notice, "wlong"), f"{MEM}\n88 Fenwick Avenue\nErie, PA 16501", f"Dear {MEM.split()[0]} Rutledge,",
              f"We are writing about the bill Halvorsen Memorial Hospital sent us for the doctor's part of your "
              f"emergency room visit on {fmt_date(DOS, 'long')}. The hospital billed $1,184.00 for the services of "
              f"Dr. {DOC} on claim number {PRO_CLM}, and we have decided not to pay that claim.",
              f"The reason is that the claim looks like a duplicate. The hospital had already sent claim {FAC_CLM} "
              "for the same visit under the same tax ID, and our system matched the two. When the same provider "
              "bills the same day of service twice, we pay only once. This is not a decision that the care was not "
              "needed, and you cannot be billed for a duplicate.",
              "If the doctor's services were separate from the hospital's, the hospital can send a corrected claim "
              "naming the doctor as the rendering provider. You can also appeal. Your appeal must reach us no later "
              f"than {fmt_date(plus_d(notice, 180), 'long')}. Send it to Thistlewood Appeals at the address above, "
              "with any papers you want us to see. We answer standard appeals within 30 days; urgent appeals within "
              "72 hours.",
              f"Your member ID is {MID} and your group is {GROUP}. For help in another language call {PH}.",
              "Sincerely,\nClaims Resolution Unit\nThistlewood Health Alliance"], 10.2)
    t = truth("denial_letter", "other", **base(case_numbers=[PRO_CLM], claim_amount="1184.00",
                                               service_dates=[DOS.isoformat()], denial_date=notice.isoformat(),
                                               provider=DOC, appeal_deadline=plus(notice, 180),
                                               alternates={"provider": [HOSP]}))
    return pdf_bytes(d), t


def plus_d(d, n):
    return d + dt.timedelta(days=n)


# 4b fax stack: hospital's reconsideration letter (provider paper)
def hospital_recon():
    day = D(2026, 3, 27)
    d = Doc()
    d.add_page()
    d.text_line(HOSP, 15, "B", "C")
    d.text_line(f"Professional Billing Office  |  {HOSP_ADDR}  |  Fax 1-814-555-0193", 8, "", "C")
    d.rule(0.5, 4)
    labels(d, [("Date", fmt_date(day, "iso")), ("To", "Thistlewood Health Alliance - Provider Reconsiderations"),
               ("Re", f"Claim {PRO_CLM} - corrected claim (frequency code 7)"), ("Patient", MEM),
               ("Member ID", MID), ("Date of service", fmt_date(DOS, "iso")), ("Billed", "$1,184.00")], 36, 9.5)
    paras(d, ["The professional claim above was denied with remark D7 as a duplicate of facility claim "
              f"{FAC_CLM}. The two claims are not the same service: the facility claim carries the hospital's "
              "emergency room and radiology revenue codes, and the professional claim carries the physician's "
              f"evaluation (99284) and ECG reading (93010) by Dr. {DOC}, NPI 1730448192.",
              "We enclose a corrected CMS-1500 with the rendering NPI in box 24J and ask that the claim be "
              "reprocessed. Please contact Renata Okafor at 1-814-555-0191 with questions.",
              "Sincerely,\nRenata Okafor, CPC\nProfessional Billing Supervisor"], 10)
    t = truth("other", None, **base(insurer=None, group_number=None, case_numbers=[PRO_CLM], claim_amount="1184.00",
                                    service_dates=[DOS.isoformat()], denial_date=day.isoformat(), provider=DOC,
                                    alternates={"provider": [HOSP]}))
    t["unscored"] = ["insurer", "appeal_deadline", "denial_date"]
    return pdf_bytes(d), t


# 5 scan lowres: claim status notice in label columns
def status_notice():
    notice = D(2026, 3, 10)
    d = Doc(footer="THA-CSN-2   {p}/{n}")
    head(d, sub="Thistlewood Health Alliance  |  Claim Status Notice  |  thistlewoodhealth.example")
    d.text_line("NOTICE OF CLAIM DETERMINATION", 13, "B")
    d.ln(2)
    d.set_fill_color(238, 238, 238)
    rows = [("Notice date", fmt_date(notice, "upper")), ("Member", MEM), ("Subscriber ID", MID),
            ("Group no.", GROUP), ("Claim no.", PRO_CLM), ("Received", "12 FEB 2026"),
            ("Provider", f"{HOSP} / {DOC}, MD"), ("Date(s) of service", fmt_date(DOS, "upper")),
            ("Total charges", "$1,184.00"), ("Determination", "DENIED - DUPLICATE SUBMISSION"),
            ("Appeal by", fmt_date(plus_d(notice, 180), "upper"))]
    for k, v in rows:
        d.font(9, "B")
        d.cell(50, 6.2, k, border=1, fill=True)
        d.font(9.5)
        d.cell(0, 6.2, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    paras(d, [f"Reason: the same services were billed on claim {FAC_CLM}. Reason code CO-18 (exact duplicate claim/"
              "service).",
              "You are not responsible for this amount. An expedited review is available within 72 hours if "
              "waiting could seriously harm your health. State external review: Pennsylvania Insurance Department, "
              "1-877-881-6388."], 9.5)
    t = truth("denial_letter", "other", **base(case_numbers=[PRO_CLM], claim_amount="1184.00",
                                               service_dates=[DOS.isoformat()], denial_date=notice.isoformat(),
                                               provider=DOC, appeal_deadline=plus(notice, 180),
                                               alternates={"provider": [HOSP]}))
    return pdf_bytes(d), t


RMEM = "Harriet J. Szabo"
RMID = "THA559013742"
RDOS = D(2026, 5, 4)
RCLM = "2619-330571"


# 6 phone photo: second member's two-claim EOB, hospital's radiology read refused
def eob_radiology():
    notice = D(2026, 5, 28)
    d = Doc(footer=FOOT)
    head(d)
    d.text_line("Your Explanation of Benefits", 14, "B")
    d.ln(1)
    labels(d, [("Prepared for", RMEM), ("Member number", RMID), ("Group", "TW-51204"), ("Date prepared",
                fmt_date(notice, "abbr"))], 34, 9.5)
    d.table(["Claim", "Provider", "Service date", "Billed", "Plan paid", "Your share", "Status"],
            [["2619-330570", "Brightwater Radiology Assoc.", fmt_date(RDOS, "short"), "$214.00", "$96.30", "$24.08",
              "Paid"],
             [RCLM, f"{HOSP} (R. {RAD.split()[-1]})", fmt_date(RDOS, "short"), "$236.00", "$0.00", "$0.00",
              "Denied-DUP"]], [24, 56, 22, 20, 20, 20, 24], 8, "LLLRRRL")
    paras(d, [f"Denied-DUP: Brightwater Radiology Associates already billed the reading of your CT scan of "
              f"{fmt_date(RDOS, 'long')} by Dr. {RAD}, and we paid it on claim 2619-330570. The hospital's claim "
              f"{RCLM} for the same reading is a duplicate and will not be paid.",
              "You may appeal within 180 days of the date of this statement. Call 1-866-555-0172."], 9.5)
    t = truth("eob", "other", insurer=INS, group_number="TW-51204", member_id=RMID, member_name=RMEM,
              case_numbers=[RCLM], claim_amount="236.00", service_dates=[RDOS.isoformat()],
              denial_date=notice.isoformat(), provider=RAD, appeal_deadline=plus(notice, 180),
              alternates={"provider": [HOSP]})
    return pdf_bytes(d), t


# 7 rotated: upheld appeal on the radiology read
def upheld():
    notice = D(2026, 7, 15)
    apl = "APL-26-07718"
    d = Doc(footer="Page {p} of {n}")
    head(d)
    d.text_line("Appeal Decision", 14, "B")
    labels(d, [("Date:", fmt_date(notice, "long")), ("Member:", RMEM), ("Member number:", RMID),
               ("Appeal number:", apl), ("Claim:", RCLM)], 36, 9.5)
    paras(d, [f"Dear {RMEM.split()[0]} Szabo:",
              f"We reviewed your appeal about the hospital's charge of $236.00 for the reading of your CT scan on "
              f"{fmt_date(RDOS, 'slash')} by Dr. {RAD}. A claims specialist who was not part of the first decision "
              "looked at both claims.",
              "#Decision: upheld",
              "We are keeping our decision. The same radiologist's reading was billed by his group and paid. "
              f"{HOSP} may not bill you for the duplicate charge.",
              "#Next steps",
              "This is the final internal decision. You may ask for an external review within 4 months of this "
              "letter. Urgent external reviews are decided within 72 hours. Form THA-ER-1 is enclosed.",
              "Thistlewood Health Alliance, Appeals Unit"], 10)
    t = truth("denial_letter", "other", insurer=INS, group_number=None, member_id=RMID, member_name=RMEM,
              case_numbers=[RCLM, apl], claim_amount="236.00", service_dates=[RDOS.isoformat()],
              denial_date=notice.isoformat(), provider=RAD, appeal_deadline=None, alternates={"provider": [HOSP]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_eob_three_claims", "born_digital", [eob_three()]),
            Item(f"{F}_scan300_corrected_eob", "scan_clean_300", [corrected_eob()]),
            Item(f"{F}_copy_itemized_bill", "photocopy", [itemized_bill()]),
            Item(f"{F}_faxfine_stack_letter_recon", "fax_fine_g4", [prose_letter(), hospital_recon()],
                 separators=["cover", None]),
            Item(f"{F}_lowres_status_notice", "scan_lowres_150", [status_notice()]),
            Item(f"{F}_photo_eob_radiology", "phone_photo", [eob_radiology()]),
            Item(f"{F}_rotated_appeal_upheld", "rotated", [upheld()])]
