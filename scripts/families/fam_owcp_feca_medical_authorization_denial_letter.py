"""Family 'owcp_feca_medical_authorization_denial_letter': U.S. Department of Labor, Office of Workers'
Compensation Programs (OWCP), Federal Employees' Compensation Act (FECA) medical authorization denials and
medical bill denials, mirrored for structure and wording only. Every claimant, file number, provider, address,
phone and amount is invented; the Department of Labor, OWCP, its Branch of Hearings and Review and the
Employees' Compensation Appeals Board (ECAB) appear only as themselves.

Documents:
- bd_auth_grid: notice of a medical authorization decision (lumbar fusion not for the accepted condition) with
  its facts in two label/value columns side by side, some labels wrapping (born digital);
- faxf_provider_re: letter to a surgeon under a typed fax header, multi-line Re: block, a laminectomy bill denied
  because the surgery was done without prior authorization (fine fax);
- lowres_eob: claimant's explanation of benefits with four bills as blocks (heading line, service lines, bill
  total), one injection bill denied as not for the accepted condition, a recouped (45.00) adjustment and a
  remark legend (150 dpi);
- copy_decision: two-page formal decision denying knee replacement authorization (second opinion: not medically
  warranted for the accepted condition), appeal rights in a boxed panel on page 2, running footer with
  claimant, file number and Page x of y (photocopy);
- photo_approval: authorization approved for physical therapy visits (denies nothing; phone photo);
- rot_recon: decision on reconsideration affirming the denial of a spinal cord stimulator trial, facts in a
  shaded sidebar (fed sideways);
- faxs_stack: a typed cover sheet, a chiropractic bill denial to the claimant (captions over values; duplex
  back), then the claimant's own reconsideration request fed sideways (standard fax).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, pdf_bytes, truth
from kit_rounddf_famdfd import (boxed_panel, captions, claim_block, fax_line, fd, grid4, pat, plus, re_block,
                                sidebar, usd)

FAMILY = "owcp_feca_medical_authorization_denial_letter"
LANG = "en"
SEED = 350703
INS = "Office of Workers' Compensation Programs"
INS_ALT = ["U.S. Department of Labor", "OWCP", "Division of Federal Employees' Compensation",
           "U.S. Department of Labor, Office of Workers' Compensation Programs"]
MAIL = "DFEC Central Mail Receipt, PO Box 55310, Lexington, KY 40555-5310"
PH = "1-555-487-9243"
AGENCIES = ["Department of the Interior, Bureau of Land Management", "Department of Veterans Affairs",
            "U.S. Postal Service", "Department of Agriculture, Forest Service", "Department of Homeland Security"]
SURGEONS = [("Dr. Hollis Varga", "Hollis Varga", "Tri-County Spine & Orthopaedics"),
            ("Dr. Priya Castellano", "Priya Castellano", "Riverbend Joint Center"),
            ("Dr. Wendell Okafor", "Wendell Okafor", "Summit Neurosurgical Associates"),
            ("Dr. Ilse Brandvold", "Ilse Brandvold", "Lakeshore Pain & Spine Institute")]


def base(r: Rand, k: int) -> dict:
    d = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 90))
    street, city = r.address()
    return dict(date=d, name=r.person()[0], file=pat(r, "55") + pat(r, "9999999"), addr=[street, city],
                dob=dt.date(r.randint(1962, 1994), r.randint(1, 12), r.randint(1, 28)),
                doi=plus(d, -r.randint(200, 700)), agency=AGENCIES[k % len(AGENCIES)], surg=SURGEONS[k % 4],
                npi=r.npi(), tin=pat(r, "99-9999999"))


def letterhead(d: Doc, size: float = 12, office: str = "Division of Federal Employees' Compensation"):
    d.set_font("Times", "B", size)
    d.cell(0, 5.5, "U.S. DEPARTMENT OF LABOR", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "B", size - 1.5)
    d.cell(0, 5, INS, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", size - 3)
    d.cell(0, 4.3, office, align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.3, f"{MAIL}   Telephone {PH}   TTY 711", align="C", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 4)


def addr(d: Doc, lines: list[str], size: float = 10):
    d.set_font(d.base_font, "", size)
    for ln in lines:
        d.cell(0, size * 0.46, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def ids(b: dict, **kw) -> dict:
    return dict(insurer=INS, member_id=b["file"], member_name=b["name"], **kw)


def doc_auth_grid(r: Rand):
    b = base(r, 0)
    ar = "AR" + pat(r, "26-0999999")
    svc = plus(b["date"], r.randint(14, 30))
    d = Doc("Times", margins=(20, 14, 20), footer="OWCP-915 (Rev. 08/25)   This is not a formal decision.")
    d.add_page()
    letterhead(d)
    d.set_font("Times", "", 10.5)
    d.cell(0, 5, "Date: " + fd(b["date"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    addr(d, [b["name"], *b["addr"]], 10.5)
    d.set_font("Times", "B", 12.5)
    d.cell(0, 7, "NOTICE OF MEDICAL AUTHORIZATION DECISION: REQUEST NOT AUTHORIZED", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(2)
    grid4(d, [("Claimant", b["name"], "OWCP File Number", b["file"]),
              ("Date of Injury", fd(b["doi"], "dmy2"), "Claimant Date of Birth", fd(b["dob"], "dotabbr")),
              ("Employing Agency", b["agency"], "Authorization Request Number", ar),
              ("Accepted Condition(s)", "Sprain of ligaments of lumbar spine, initial (S33.5XXA)",
               "Requesting Physician", f"{b['surg'][0]}, Orthopaedic Surgery"),
              ("Procedure Requested (CPT)", "22633 Arthrodesis, lumbar, L4-L5, with decompression",
               "Requested Date of Service", fd(svc, "slash")),
              ("Request Received by OWCP", fd(plus(b["date"], -r.randint(5, 12)), "ordinal"),
               "Physician NPI", b["npi"])], lw=31, vw=57, size=9.6, lsize=8.3, font="Times")
    d.ln(2)
    d.para(f"OWCP reviewed the request from {b['surg'][0]} to perform a lumbar fusion at L4-L5. We cannot authorize "
           "this procedure under your claim. Your claim is accepted only for a lumbar sprain. The operative plan "
           "and the MRI report describe degenerative disc disease and spondylolisthesis at L4-L5, conditions that "
           "have not been accepted as caused or aggravated by your federal employment. OWCP pays for medical "
           "treatment of accepted work-related conditions only (5 U.S.C. 8103; 20 CFR 10.310).", 10.5)
    d.para("If you believe the additional conditions are related to your employment, you may ask your physician "
           "for a narrative report explaining, with medical rationale, how the work injury caused or aggravated "
           "them, and send it to the address above with your file number on each page. You may also ask OWCP "
           "to issue a formal decision on this request, which will include your appeal rights.", 10.5)
    d.para(f"Questions: call {PH} (TTY 711), Monday through Friday, or use the claimant portal. Please do not send "
           "medical bills to this address. Forms CA-16 and CA-17 are not authorization for surgery.", 9.8)
    d.para("Claims Examiner, District Office 25\ncc: " + b["surg"][0] + ", " + b["surg"][2], 10)
    t = truth("denial_letter", "not_covered", **ids(b), case_numbers=[ar], service_dates=[svc.isoformat()],
              denial_date=b["date"].isoformat(), provider=b["surg"][1],
              alternates={"insurer": INS_ALT, "case_numbers": [[ar, b["file"]]], "service_dates": [[]],
                          "provider": [b["surg"][2]]},
              denial_alternates=["medical_necessity", "other"])
    return pdf_bytes(d), t


def doc_provider_re(r: Rand):
    b = base(r, 2)
    dcn = pat(r, "26999") + "-" + pat(r, "9999999") + "-" + pat(r, "9")
    dos = plus(b["date"], -r.randint(35, 70))
    billed = float(r.randint(9800, 16800)) + r.choice([0.0, 0.5, 0.25])
    d = Doc("Times", margins=(24, 16, 24))
    d.add_page()
    fax_line(d, b["date"], "USDOL OWCP DFEC", "555-487-9300", 1, 2)
    letterhead(d, 11.5, "Division of Federal Employees' Compensation - Medical Bill Review")
    d.para(fd(b["date"], "nopad"), 11)
    addr(d, [b["surg"][0], b["surg"][2], f"{r.randint(100, 990)} Professional Park Drive, Suite {r.randint(2, 9)}00",
             r.address()[1]], 10.5)
    re_block(d, [f"Claimant: {b['name']}", f"OWCP File No.: {b['file']}", f"Bill (DCN): {dcn}",
                 f"Date of Service: {fd(dos, 'long')}"], 10.5, 11)
    d.para(f"Dear {b['surg'][0]}:", 11)
    d.para(f"OWCP received your bill for a lumbar laminectomy and foraminotomy (CPT 63047, 63048) performed on "
           f"the claimant named above, with total charges of {usd(billed)}. The bill was received on "
           f"{fd(plus(dos, r.randint(9, 20)), 'short')} under your patient account {pat(r, 'AC-999999')}.", 11)
    d.para("We have denied payment. Surgery under the Federal Employees' Compensation Act must be authorized by "
           "OWCP before it is performed, except in an emergency. Our records show no authorization request for "
           "this procedure before the date of service and no documentation of an emergency. The claimant may not "
           "be billed for the denied amount while the matter is under review (20 CFR 10.801).", 11)
    d.para("You may request reconsideration of this bill decision within 90 days of the date of this letter. Send "
           "the operative report, any evidence of an emergency and a copy of this letter to the address above. "
           f"Your provider NPI is {b['npi']} and tax ID {b['tin']} as enrolled.", 11)
    d.para("Sincerely,\n\nMedical Bill Review Unit\nPage 1 of 2 (rights attached)", 11)
    t = truth("denial_letter", "prior_authorization", **ids(b), case_numbers=[dcn], claim_amount=f"{billed:.2f}",
              service_dates=[dos.isoformat()], denial_date=b["date"].isoformat(), provider=b["surg"][1],
              appeal_deadline=plus(b["date"], 90).isoformat(),
              alternates={"insurer": INS_ALT, "provider": [b["surg"][2]]})
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    b = base(r, 3)
    d = Doc("Helvetica", margins=(14, 12, 14), footer="FECA Medical Bill Processing - Claimant EOB   page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 11)
    d.cell(120, 5.5, "U.S. Department of Labor  |  OWCP")
    d.set_font("Helvetica", "B", 13)
    d.cell(0, 5.5, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, f"{INS}, FECA Medical Bill Processing, PO Box 55318, Lexington, KY 40555   {PH}",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 3)
    y = d.get_y()
    addr(d, [b["name"], *b["addr"]], 9.5)
    d.set_xy(118, y)
    for k, v in [("Statement date", fd(b["date"], "abbr")), ("File number", b["file"]),
                 ("Date of injury", fd(b["doi"], "dotabbr")), ("Payee", "Provider unless noted")]:
        d.set_x(118)
        d.set_font("Helvetica", "", 8.5)
        d.cell(30, 4.5, k)
        d.set_font("Helvetica", "B", 8.5)
        d.cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 22) + 3)
    d.para("This is not a bill. It lists medical bills OWCP processed under your file since your last statement.",
           8.8)
    head = ["Date(s)", "Code", "Description", "Charged", "Allowed", "Paid", "Remark"]
    wid = [32, 16, 62, 20, 20, 20, 16]
    al = "LLLRRRC"
    d0 = plus(b["date"], -r.randint(40, 60))
    pt = ("Cascade Ridge Physical Therapy", plus(d0, 0))
    pain = (b["surg"][0] + ", " + b["surg"][2], plus(d0, r.randint(8, 14)))
    bills = []
    # bill 1: physical therapy, paid
    dcn1 = pat(r, "26999-9999999-9")
    rows, tc = [], 0.0
    for k in range(3):
        c = float(r.choice([118, 124, 131])) + 0.5
        tc += c
        dd = plus(pt[1], 2 * k)
        rows.append([fd(dd, "slash"), "97110", "Therapeutic exercise, 2 units", usd(c, "nosign"),
                     usd(c * 0.82, "nosign"), usd(c * 0.82, "nosign"), "P1"])
    bills.append((f"Bill {dcn1}   {pt[0]}   {fd(pt[1], 'slash')} - {fd(plus(pt[1], 4), 'slash')}", rows, tc))
    # bill 2: injection, denied
    dcn2 = pat(r, "26999-9999999-9")
    c1, c2 = float(r.randint(1450, 2350)) + 0.75, float(r.randint(320, 610))
    rows2 = [[fd(pain[1], "slash"), "64483", "Transforaminal epidural inj, L5-S1", usd(c1, "nosign"), "0.00",
              "0.00", "N14"],
             [fd(pain[1], "slash"), "77003", "Fluoroscopic guidance", usd(c2, "nosign"), "0.00", "0.00", "N14"]]
    den_total = c1 + c2
    bills.append((f"Bill {dcn2}   {pain[0]}   {fd(pain[1], 'slash')}", rows2, den_total))
    # bill 3: pharmacy, paid
    dcn3 = pat(r, "26999-9999999-9")
    c3 = float(r.randint(40, 160)) + 0.38
    rx = pat(r, "Rx 9999999")
    rows3 = [[fd(plus(d0, 5), "slash"), "NDC", f"Cyclobenzaprine 10 mg #30 ({rx})", usd(c3, "nosign"),
              usd(c3, "nosign"), usd(c3, "nosign"), "P1"]]
    bills.append((f"Bill {dcn3}   Harwell Community Pharmacy   {fd(plus(d0, 5), 'slash')}", rows3, c3))
    # bill 4: adjustment of an earlier payment
    dcn4 = pat(r, "25999-9999999-9")
    rows4 = [[fd(plus(d0, -30), "slash"), "99213", "Office visit, established (adjusted)", "0.00", "0.00",
              "(45.00)", "A7"]]
    bills.append((f"Adjustment to bill {dcn4}   Tri-County Occupational Health   {fd(plus(d0, -30), 'slash')}",
                  rows4, 0.0))
    for hd, rows, tot in bills:
        label = "Bill total charged " + usd(tot, "nosign") if tot else "Net adjustment (45.00)"
        claim_block(d, hd, head, rows, wid, label, al, size=7.8)
    d.set_font("Helvetica", "B", 8.5)
    d.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    for c, tx in [("P1", "Paid according to the OWCP fee schedule."),
                  ("N14", "Denied. This treatment is not for a condition accepted under your file. Accepted: "
                          "lumbar sprain, thoracic sprain. Radiculopathy is not accepted."),
                  ("A7", "Amount previously paid in error recovered from the provider; shown in parentheses.")]:
        d.cell(12, 4.2, c)
        d.multi_cell(0, 4.2, tx, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("To request reconsideration of a denied bill, write within 90 days of the date of this statement and "
           "include your file number. Year-to-date medical payments under this file: " + usd(r.randint(3000, 9000), "whole")
           + ".", 8.5)
    t = truth("eob", "not_covered", **ids(b), case_numbers=[dcn2], claim_amount=f"{den_total:.2f}",
              service_dates=[pain[1].isoformat()], denial_date=b["date"].isoformat(), provider=b["surg"][1],
              appeal_deadline=plus(b["date"], 90).isoformat(),
              alternates={"insurer": INS_ALT, "provider": [b["surg"][2]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_decision(r: Rand):
    b = base(r, 1)
    ar = "AR" + pat(r, "26-0999999")
    sop = "Dr. Morton Feldkamp"
    d = Doc("Times", margins=(22, 16, 22), footer=f"{b['name']}   File No. {b['file']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, 12)
    d.set_font("Times", "", 10.5)
    d.cell(0, 5, fd(b["date"], "slash"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addr(d, [b["name"], *b["addr"]], 10.5)
    d.set_font("Times", "B", 12.5)
    d.cell(0, 6, "NOTICE OF DECISION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10)
    d.cell(0, 5, f"File Number {b['file']}    Authorization Request {ar}", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Your claim was accepted for a contusion of the left knee and a tear of the medial meniscus, left knee, "
           f"sustained on {fd(b['doi'], 'long')} while in the performance of duty with the {b['agency']}. On "
           f"{fd(plus(b['date'], -r.randint(50, 80)), 'dotabbr')}, {b['surg'][0]} of {b['surg'][2]} asked OWCP "
           "to authorize a left total knee arthroplasty (CPT 27447).", 10.5)
    d.para(f"Because the medical opinions differed, OWCP referred you to {sop}, a Board-certified orthopedic "
           "surgeon, for a second opinion examination. The second opinion physician found advanced "
           "tricompartmental osteoarthritis that preceded the work injury, a healed meniscal repair and no "
           "objective findings that the accepted conditions now require joint replacement.", 10.5)
    d.para("OWCP has the discretion to authorize treatment that is likely to cure, give relief, reduce the degree "
           "or period of disability, or aid in lessening the amount of monthly compensation. The weight of the "
           "medical evidence rests with the well-reasoned second opinion report. The treating surgeon's report "
           "does not explain how the accepted conditions, rather than the preexisting arthritis, make the "
           "surgery necessary.", 10.5)
    d.set_font("Times", "B", 10.5)
    d.multi_cell(0, 5, "DECISION: The request for authorization of a left total knee arthroplasty is denied, "
                 "because the medical evidence does not establish that the surgery is medically warranted for "
                 "the accepted conditions.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Date of birth on file: {fd(b['dob'], 'slash')}. Representative of record: none. Compensation for "
           "wage loss is not affected by this decision.", 10)
    d.add_page()
    boxed_panel(d, "APPEAL RIGHTS", [
        "If you disagree with this decision, you may choose ONE of the following. Read each carefully.",
        "HEARING: You may request an oral hearing or a review of the written record by an OWCP hearing "
        "representative of the Branch of Hearings and Review. Your request must be made within 30 days of the "
        "date of this decision, as determined by the postmark or other carrier's date marking.",
        "RECONSIDERATION: You may request reconsideration by the district office. Your request must be received "
        "within one year of the date of this decision, and must include relevant new evidence or legal "
        "argument not previously considered.",
        "REVIEW BY THE EMPLOYEES' COMPENSATION APPEALS BOARD (ECAB): You may request review of the case record "
        "by the Board within 180 days of the date of this decision. The Board cannot consider new evidence.",
        f"Send hearing and reconsideration requests to {MAIL}. Include your file number on every page.",
    ], size=9.6)
    d.para(f"Enclosures: Statement of accepted facts; second opinion report of {sop} (OWCP-SOE-07). "
           f"cc: {b['surg'][0]}; Employing agency injury compensation specialist.", 9.5)
    d.para("Senior Claims Examiner, District Office 02", 10)
    t = truth("denial_letter", "medical_necessity", **ids(b), case_numbers=[ar], denial_date=b["date"].isoformat(),
              provider=b["surg"][1], appeal_deadline=plus(b["date"], 30).isoformat(),
              alternates={"insurer": INS_ALT, "case_numbers": [[ar, b["file"]]], "provider": [b["surg"][2]],
                          "appeal_deadline": [plus(b["date"], 365).isoformat(), None]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_approval(r: Rand):
    b = base(r, 3)
    auth = pat(r, "999999999")
    s = plus(b["date"], r.randint(2, 6))
    e = plus(s, 59)
    clinic = "Cascade Ridge Physical Therapy"
    d = Doc("Helvetica", margins=(20, 18, 20))
    d.add_page()
    d.set_font("Helvetica", "B", 10)
    d.cell(0, 5, "U.S. Department of Labor - " + INS, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, "Division of Federal Employees' Compensation  |  " + MAIL, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, fd(b["date"], "iso"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addr(d, [b["name"], *b["addr"]], 10)
    d.set_font("Helvetica", "B", 12)
    d.cell(0, 7, "Medical Authorization Approved", new_x="LMARGIN", new_y="NEXT")
    d.para(f"OWCP has approved the treatment listed below for {b['name']} under file number {b['file']}. Your "
           "provider has been notified through the bill processing portal.", 10)
    for k, v in [("Authorization no.", auth), ("Service", "Physical therapy, 12 visits (97110, 97140, 97530)"),
                 ("Valid from", fd(s, "slash")), ("Valid through", fd(e, "slash")), ("Provider", clinic),
                 ("Referring physician", b["surg"][0]), ("Accepted condition", "M75.121 Rotator cuff tear, right")]:
        d.set_font("Helvetica", "", 9.5)
        d.cell(45, 5.5, k)
        d.set_font("Helvetica", "B", 9.5)
        d.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Your date of injury on file is {fd(b['doi'], 'dmy2')}. Keep this letter. Questions: {PH}, TTY 711.", 9.5)
    t = truth("other", None, **ids(b), case_numbers=[auth], service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
              denial_date=b["date"].isoformat(), provider=clinic, unscored=["appeal_deadline"],
              alternates={"insurer": INS_ALT, "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_recon(r: Rand):
    b = base(r, 2)
    ar = "AR" + pat(r, "25-0999999")
    prior = plus(b["date"], -r.randint(120, 200))
    d = Doc("Times", margins=(18, 14, 18), footer="OWCP reconsideration decision  |  5 U.S.C. 8128(a)")
    d.add_page()
    letterhead(d, 11.5)
    y = d.get_y()
    bottom = sidebar(d, 140, y, 58, "CASE FACTS", [
        ("Claimant", b["name"]), ("File number", b["file"]), ("Decision date", fd(b["date"], "upper")),
        ("Prior decision", fd(prior, "dotabbr")), ("Request received", fd(plus(b["date"], -r.randint(30, 60)), "dmy2")),
        ("Authorization request", ar), ("Requesting provider", b["surg"][2]),
        ("Procedure", "63650 SCS trial leads")], size=8.5)
    d.set_xy(18, y)
    d.set_right_margin(64)
    d.set_font("Times", "B", 12)
    d.multi_cell(0, 6, "DECISION ON RECONSIDERATION - PRIOR DECISION AFFIRMED", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addr(d, [b["name"], *b["addr"]], 10)
    d.para(f"You requested reconsideration of the decision of {fd(prior, 'long')}, which denied authorization for "
           f"a spinal cord stimulator trial requested by {b['surg'][0]} of {b['surg'][2]}. You submitted a new "
           "report from your physician and a statement from your spouse describing your pain.", 10.2)
    d.para("The claim is accepted for a crush injury of the right foot and a closed fracture of the second "
           "metatarsal. The stimulator was requested for complex regional pain syndrome of the right lower "
           "limb, a condition that has not been accepted. The new report repeats the diagnosis but gives no "
           "medical rationale explaining how the accepted injury caused it.", 10.2)
    d.para("After merit review, OWCP finds the evidence insufficient to modify the prior decision, which is "
           "affirmed. Treatment of a condition not accepted under the claim cannot be authorized.", 10.2)
    d.set_right_margin(18)
    d.set_y(max(d.get_y(), bottom + 4))
    d.para("APPEAL RIGHTS: You may request review by the Employees' Compensation Appeals Board within 180 days "
           "of the date of this decision, or you may request reconsideration again within one year of this "
           "decision with new and relevant evidence. You may not request a hearing after reconsideration.", 9.8)
    d.para(f"Claimant phone on file: (555) 014-{pat(r, '9999')}. Provider NPI {b['npi']}.", 9)
    t = truth("denial_letter", "not_covered", **ids(b), case_numbers=[ar], denial_date=b["date"].isoformat(),
              provider=b["surg"][1], appeal_deadline=plus(b["date"], 180).isoformat(),
              alternates={"insurer": INS_ALT, "case_numbers": [[ar, b["file"]]], "provider": [b["surg"][2]],
                          "appeal_deadline": [None]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_stack(r: Rand):
    b = base(r, 4)
    dcn = pat(r, "26999-9999999-9")
    chiro = ("Dr. Anika Feldstrom", "Anika Feldstrom", "Feldstrom Chiropractic")
    d0 = plus(b["date"], -r.randint(30, 50))
    days = [d0, plus(d0, 3), plus(d0, 7)]
    ch = [float(r.choice([68, 72, 85])) for _ in days]
    tot = sum(ch) + 110.0
    d = Doc("Helvetica", margins=(18, 14, 18), footer="OWCP-BD-3 (10/25)")
    d.add_page()
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 5, "U.S. DEPARTMENT OF LABOR", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(0, 4.5, INS + " / Division of Federal Employees' Compensation", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, MAIL, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, fd(b["date"], "abbr"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addr(d, [b["name"], *b["addr"]], 10)
    d.set_font("Helvetica", "B", 12)
    d.cell(0, 7, "Notice of Medical Bill Denial", new_x="LMARGIN", new_y="NEXT")
    captions(d, [("CLAIMANT", b["name"], 62), ("FILE NUMBER", b["file"], 42), ("BILL / DCN", dcn, 76)])
    captions(d, [("PROVIDER", chiro[0] + ", DC", 62), ("DATES OF SERVICE", ", ".join(fd(x, "short") for x in days),
                 66), ("TOTAL BILLED", usd(tot, "usd"), 52)])
    captions(d, [("DATE OF BIRTH", fd(b["dob"], "dmy2"), 62), ("ACCEPTED CONDITION", "S13.4XXA Cervical strain",
                 118)])
    d.ln(3)
    d.para(f"OWCP denied the bill from {chiro[2]} for chiropractic office visits and an x-ray (CPT 98940, 72100). "
           "Under the Act, chiropractic services are payable only for manual manipulation of the spine to correct "
           "a subluxation shown by x-ray. The x-ray report sent with this bill does not diagnose a subluxation, "
           "and your accepted condition is a cervical strain.", 10)
    d.para("You may request reconsideration of this bill decision within one year of the date of this letter. "
           f"Do not pay the provider for these services while a request is pending. Questions: {PH}.", 10)
    t1 = truth("denial_letter", "not_covered", **ids(b), case_numbers=[dcn], claim_amount=f"{tot:.2f}",
               service_dates=[x.isoformat() for x in days], denial_date=b["date"].isoformat(), provider=chiro[1],
               appeal_deadline=plus(b["date"], 365).isoformat(),
               alternates={"insurer": INS_ALT, "provider": [chiro[2]], "appeal_deadline": [None],
                           "service_dates": [[f"{days[0].isoformat()}/{days[-1].isoformat()}"]]})
    e = Doc("Times", margins=(26, 22, 26))
    e.add_page()
    ld = plus(b["date"], r.randint(10, 25))
    e.para(b["name"] + "\n" + "\n".join(b["addr"]), 11)
    e.para(fd(ld, "long"), 11)
    e.para("U.S. Department of Labor, OWCP\n" + MAIL, 11)
    e.para(f"Subject: Request for reconsideration, file number {b['file']}, bill {dcn}", 11)
    e.para(f"I am asking you to reconsider the denial of my bills from {chiro[2]}. My wife, Greta, drove me to "
           "each visit because I could not turn my head. The office has now read a new x-ray that shows a "
           "subluxation at C5-C6, and the report of Dr. Anika Feldstrom is enclosed. I also enclose my first x-ray from the urgent care.",
           11)
    e.para("Please pay these bills so the office stops sending them to me.\n\nRespectfully,\n\n" + b["name"], 11)
    t2 = truth("other", None, member_id=b["file"], member_name=b["name"], case_numbers=[dcn],
               denial_date=ld.isoformat(), provider=chiro[1], unscored=["insurer", "appeal_deadline"],
               alternates={"denial_date": [None], "provider": [chiro[2], None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(rng.randint(0, 10 ** 9))
    p = FAMILY + "_"
    return [Item(p + "bd_auth_grid", "born_digital", [doc_auth_grid(r)]),
            Item(p + "faxf_provider_re", "fax_fine_g4", [doc_provider_re(r)]),
            Item(p + "lowres_eob", "scan_lowres_150", [doc_eob(r)]),
            Item(p + "copy_decision", "photocopy", [doc_decision(r)]),
            Item(p + "photo_approval", "phone_photo", [doc_approval(r)]),
            Item(p + "rot_recon", "rotated", [doc_recon(r)]),
            Item(p + "faxs_stack", "fax_standard_g4", doc_stack(r), separators=["cover", "duplex"],
                 turns={(1, 0): 90})]
