"""Peace Corps volunteer health papers, mirrored for structure and plain wording style only: during service the
agency's health office arranges and pays for a Volunteer's care (a Peace Corps Medical Officer at the post refers the
Volunteer to local clinics; a medical evacuation brings the Volunteer to a hospital in the United States, where the
agency's health office must agree before care beyond what it authorized); after service, a Returned Volunteer's
bills for conditions related to service are claimed under the Federal Employees' Compensation Act (FECA), which
covers Peace Corps Volunteers, and decided by the U.S. Department of Labor's Office of Workers' Compensation Programs
(OWCP): bills for conditions the case has not accepted are refused, bills and reimbursement requests without the
papers OWCP needs are not paid, and a formal decision on an authorization request carries the FECA appeal rights.
Taken from public rules and used as themselves: FECA covers Volunteers; the Department of Labor, OWCP and its
Division of Federal Employees' Compensation; forms CA-2, OWCP-1500 and OWCP-915; the Branch of Hearings and Review
(a hearing or review of the written record asked for within 30 days of a formal decision), reconsideration within
one calendar year, the Employees' Compensation Appeals Board within 180 days; bills payable if submitted by the end
of the calendar year after the year of the service; remittance adjustment codes CO-16 and N29 as public code sets
word them in substance. Invented: every office name of the agency ("Office of Volunteer Health", "Returned Volunteer
Health Section", the "Unidad Médica del Voluntario" in Ecuador), the district office (Chesapeake District Office 27)
and its P.O. box, the clearinghouse, every hospital, clinic, practice, person, number, address, code and form number
not named above, every amount, the agency's rule that its post-service payment for follow-up care listed at close of
service runs six months, and the 30-, 45- and 60-day review periods of the agency's and the district office's own
letters (phones 555). No heading names the kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_owcp_bill_decision_back_therapy_not_in_accepted_case: the district office's bill decision to a
  Returned Volunteer, a two-column key/value box with shaded captions ("Our file", "Bill no." in groups of three,
  the accepted ankle fracture, the 2025 date of injury as decoy), a dashed claims-history box of earlier paid bills
  from the same therapy practice (numbers and amounts as decoys), ISO dates ("2026-02-09"), "USD 742.00", the
  reason (the therapy notes treat the lower back) without the usual words, "within 60 days of the date of this
  notice", the P.O. box for reviews, "Revised 11/2024" in the footer.
- finefax_clearinghouse_remittance_landscape_counseling_report_missing: a fine-fax landscape remittance a
  clearinghouse printed for a counseling practice (payer the Department of Labor's OWCP; four claimants, thirteen narrow
  columns, bill IDs and case numbers broken over two lines in their columns, the check / EFT trace number, "02MAR26"
  pay date with "03/02/2026" beside it); only the Returned Volunteer's two sessions are refused for a missing
  treatment report (CO-16 / N29), repeated with the full bill ID in the remark detail; no appeal text (no deadline).
- photocopy_medevac_hospital_knee_surgery_not_cleared_tear_off_slip: a photocopied agency letter to a university
  hospital's patient financial services and its department of orthopaedic surgery: the medevac authorization covered
  examination and imaging only, the knee operation on "Mar. 4, '26" was not cleared in advance; the referring
  medical officer at the post and the performing surgeon both named; "Auth ref." with O and 0 side by side, "Your
  reference" (the hospital account, a decoy), a Volunteer no. mixing S and 5; "USD 38,417.60"; "within 45 days of
  the date of this letter"; a tear-off return slip repeating the identifiers beside the agency's P.O. box.
- phone_es_cuerpo_de_paz_clinica_de_cuenca_sin_remision_de_la_unidad_medica: a photographed Spanish letter from the
  agency's health unit in Ecuador to a private clinic in Cuenca: the Volunteer went on her own for a scheduled
  endoscopy without the unit's referral; "USD 1.223,50" and the amount in words in the body, the clinic's invoice
  value "1223.50" in a small reference box (the invoice number as an arguable second number); "4 de marzo de 2026"
  dates; "dentro de los 30 días siguientes a la fecha de esta carta".
- rotated_landscape_post_service_follow_up_authorized_to_representative: a landscape letter, fed turned, from the
  Returned Volunteer Health Section to the Returned Volunteer's mother as authorized representative (named at the
  top; the patient is her son), authorizing chest imaging and visits for the latent tuberculosis infection found at
  the close-of-service exam; form boxes with the caption at the foot under each value; a "not to exceed" amount
  beside "This is not a bill. Do not pay the clinic for these visits" (denies nothing).
- lowres_owcp_reimbursement_request_receipt_and_itemized_bill_missing: a 150 dpi letter telling a Returned
  Volunteer that a reimbursement request on form OWCP-915 cannot be paid without the itemized bill and proof of
  payment; "Request #" printed in groups at the top ("RQ 5838 9801") and with dashes in the reference line at the
  foot; the amount in digits and in words as the claimant wrote it; "the 23rd of February 2026"; the end-of-2027
  filing limit as decoy; "no later than the 18th of May 2026 (May 18, 2026)" as the stated deadline.
- scan_stack_dental_crown_after_six_months_duplex_then_owcp_shoulder_decision_sideways: a scanned stack of the
  agency's prose-only letter (no key/value block: file number, dates and amount only in sentences) refusing a crown
  placed after the six months of post-service follow-up ended, its blank duplex back, and OWCP's two-page formal
  decision refusing to authorize a shoulder repair because the shoulder is not part of the accepted case (the
  requesting surgeon and the referring doctor both named; "Request #", "Docket" captions), page 2 with the three
  appeal routes fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famka import (EGSheet, apos, dmy_caps, es_date, es_usd, iso, kin, last_first, long, lookalike, n2,
                               next_year, palabras, people, people_sexed, phone, plus, slash, the_nth, tollfree, twin,
                               usd, usd_code, words, workday)
from public_kit import digits, m2, out, truth

FAMILY = "peace_corps_volunteer_health_in_service_care_and_feca_service_related_bill_refusals"
LANG = "en"
SEED = 354960
PC = "Peace Corps"
OVH = "Office of Volunteer Health"
RVHS = "Returned Volunteer Health Section"
PC_ALT = [f"{PC} {OVH}", f"{PC}, {OVH}", OVH, f"{PC} {RVHS}", RVHS]
DOL = "U.S. Department of Labor"
OWCP = "Office of Workers' Compensation Programs"
DFEC = "Division of Federal Employees' Compensation"
DO27 = "Chesapeake District Office (27)"
DOL_ALT = [OWCP, f"{DOL}, {OWCP}", f"{DOL} {OWCP}", "OWCP", DFEC, "Department of Labor"]
DOL_BOX = ["U.S. Department of Labor, OWCP", "Chesapeake District Office (27)", "P.O. Box 27460",
           "Corbin, KY 40702-7460"]
PC_BOX = ["Peace Corps, Office of Volunteer Health", "Medical Claims Unit", "P.O. Box 70318",
          "Washington, DC 20024-0318"]
PT = "Millrace Physical Therapy"
CLEAR = "Sorrelbrook Claims Exchange"
COUNSEL = "Foxglove Counseling Associates"
HOSP = "Marlowe Bridge University Hospital"
ORTHO_DEPT = "Department of Orthopaedic Surgery"
CLINIC_EC = "Clínica Nuestra Señora del Cajas"
TB_CLINIC = "Juniper Flats Community Health Clinic"
FAMMED = "Cobblestone Row Family Medicine"
DENTAL = "Tamsworth Dental Studio"
SHOULDER = "Harrowgate Shoulder & Sports Medicine"


def case_file(rng):
    """A FECA case file number shape: the district office's two digits, then seven."""
    return "27" + digits(rng, 7)


def us_address(rng):
    town, st, z = rng.choice([("Frederick", "MD", "21701"), ("Harrisonburg", "VA", "22801"), ("Dover", "DE", "19901"),
                              ("Lancaster", "PA", "17602"), ("Annapolis", "MD", "21401"), ("Roanoke", "VA", "24011"),
                              ("Morgantown", "WV", "26501"), ("Wilmington", "DE", "19805")])
    street = rng.choice(["Linden Hollow Rd", "E Patrick St Apt 4B", "Quaker Ridge Ln", "S Mason St", "Greenbrier Ct",
                         "Chestnut Oak Dr", "N Market St Unit 7", "Old Furnace Rd"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


def dol_head(p, rng, office=DO27, sub=None):
    """The Department of Labor's centred letterhead (the district office and its P.O. box)."""
    p.f(12.5, "B")
    p.cell(0, 6, "U.S. DEPARTMENT OF LABOR", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(10.2, "B")
    p.cell(0, 5, OWCP, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.2, f"{DFEC}  -  {office}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.2, sub or f"P.O. Box 27460, Corbin, KY 40702-7460   |   {tollfree(rng)}   |   TTY 711", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def pc_head(p, rng, office=OVH, unit="Medical Claims Unit", extra=None):
    """The agency's letterhead: a heavy rule, the agency in capitals, the office and unit, the P.O. box."""
    p.set_line_width(0.9)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(2)
    p.f(15, "B")
    p.cell(0, 7, "PEACE CORPS", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6, "B")
    p.cell(0, 4.8, f"{office}  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, extra or f"P.O. Box 70318, Washington, DC 20024-0318   |   {phone(rng, '202')}   |   "
                          f"fax {phone(rng, '202')}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


# ---------------------------------------------------------------------------------------------------------------
def born_bill_decision(rng):
    rpcv, dpt, ce = people(rng, 3)
    case = case_file(rng)
    nd = workday(dt.date(2026, 3, rng.randint(9, 12)))
    rcv = plus(nd, -rng.randint(12, 16))
    bill = f"{rcv:%y}{rcv.timetuple().tm_yday:03d}{digits(rng, 6)}"
    bill_g = f"{bill[:2]} {bill[2:5]} {bill[5:8]} {bill[8:]}"
    doi = dt.date(2025, 11, rng.randint(3, 14))
    visits = [dt.date(2026, 2, d) for d in (9, 11, 16, 18)]
    lines = [(visits[0], "97161", "Evaluation, lumbar spine", 236.0),
             (visits[1], "97110 x3", "Therapeutic exercise", 174.0),
             (visits[2], "97140 x2", "Manual therapy", 158.0),
             (visits[3], "97110 x3", "Therapeutic exercise", 174.0)]
    billed = round(sum(x[3] for x in lines), 2)
    hist = [(f"25{rng.randint(320, 340)}{digits(rng, 6)}", dt.date(2025, 12, rng.randint(1, 5)), 412.0, 301.22),
            (f"26{rng.randint(10, 25):03d}{digits(rng, 6)}", dt.date(2026, 1, rng.randint(5, 9)), 348.0, 254.60)]
    p = EGSheet(footer="Page {n} of {nb}", footer_left="OWCP-BD7 (Revised 11/2024)")
    p.set_margins(16, 14, 16)
    p.add_page()
    dol_head(p, rng)
    p.line(f"Date of this notice: {iso(nd)}", 10, "B")
    p.ln(2)
    p.kv_beside([("Our file", case), ("Bill no.", bill_g), ("Employing agency", "Peace Corps"),
                 ("Date of injury", iso(doi)), ("Accepted condition", "Fracture, left lateral\nmalleolus (ankle)")],
                [rpcv, *us_address(rng)], w=98, cap_w=34, size=9.0)
    p.heading("About a bill from your therapist", 11.5)
    p.para(f"Dear {rpcv}:", 10)
    p.para(f"We received a bill from {PT} for four visits with {dpt}, DPT, between {iso(visits[0])} and "
           f"{iso(visits[-1])}. The practice billed USD {n2(billed)}. We have not paid any part of it.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Paid"],
            [[iso(d), c, s, n2(b), "0.00"] for d, c, s, b in lines] + [["", "", "Bill total", n2(billed), "0.00"]],
            [W * 0.16, W * 0.14, W * 0.42, W * 0.14, W * 0.14], size=8.8, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para(f"**Why.** The only condition in your case is the break of your left ankle from the fall on "
           f"{iso(doi)} during your Peace Corps service. The therapist's notes describe treatment of your lower "
           "back, and no doctor's report in your file connects your back to that fall or to anything else in your "
           "service. Until a condition is part of your case, the program can pay only for care of the ankle. If "
           "your doctor believes the back trouble came from the fall, ask the doctor to send us a report that "
           "explains how; we will then decide whether to add it to your case.", 10)
    p.history("Claims history in this case (for your records - these bills are closed)",
              ["Bill no.", "Service from", "Provider", "Billed", "Paid"],
              [[h[0], slash(h[1]), PT, n2(h[2]), n2(h[3])] for h in hist],
              [W * 0.2, W * 0.16, W * 0.34, W * 0.15, W * 0.15], aligns=["L", "L", "L", "R", "R"])
    p.para("**If you disagree.** Ask the district office to look at this bill again: write to us within 60 days of "
           "the date of this notice at the P.O. box below, with the bill number and any medical report that "
           "supports you. This notice is not a formal decision; you may ask for one, and it will explain your "
           "appeal rights.", 9.6)
    p.pairs([("Reviews", "U.S. Department of Labor, OWCP, Chesapeake District Office (27), P.O. Box 27460, "
                         "Corbin, KY 40702-7460")], label_w=22, size=8.8, h=4.6)
    p.ln(2)
    p.signoff(["Sincerely,", ce, "Claims Examiner"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=DOL, member_id=case, member_name=rpcv, cases=[bill],
              claim_amount=m2(billed), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=PT, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": DOL_ALT, "provider": [dpt, f"{dpt}, DPT"],
                          "service_dates": [[d.isoformat() for d in visits]]},
              denial_alternates=["other"])
    return out(p), t


def finefax_remit(rng):
    rpcv, o1, o2, o3, psy, lcsw = people(rng, 6)
    pay = workday(dt.date(2026, 3, rng.randint(2, 6)))
    eft = f"1TF{digits(rng, 9)}"
    tin = f"{digits(rng, 2)}-{digits(rng, 7)}"
    ses = [dt.date(2026, 2, 10), dt.date(2026, 2, 17)]
    bill = f"T{ses[0]:%y}{ses[0].timetuple().tm_yday + 5:03d}{twin(rng, 'O')}{digits(rng, 4)}"
    case = case_file(rng)
    fax = f"{slash(pay)} 16:{rng.randint(10, 59)}  FOXGLOVE COUNSELING BILLING   {phone(rng, '410')}   p.{{n}}"
    claimants = []
    for who, n in ((o1, 1), (rpcv, 2), (o2, 1), (o3, 2)):
        cf = case if who == rpcv else rng.choice(["27", "25", "02"]) + digits(rng, 7)
        b = bill if who == rpcv else f"T26{rng.randint(40, 60):03d}{digits(rng, 6)}"
        acct = f"FCA{digits(rng, 5)}"
        claimants.append((who, cf, b, acct, n))
    rows = []
    tot = [0.0, 0.0, 0.0]
    for who, cf, b, acct, n in claimants:
        for i in range(n):
            d = ses[i] if who == rpcv else dt.date(2026, 2, rng.randint(2, 26))
            code = "90837" if who == rpcv else rng.choice(["90834", "90837", "90791"])
            amt = 185.0 if code == "90837" else (148.0 if code == "90834" else 240.0)
            if who == rpcv:
                allowed, paid, adj, rem = 0.0, 0.0, "CO-16", "N29"
            else:
                allowed = round(amt * rng.uniform(0.7, 0.85), 2)
                paid, adj, rem = allowed, f"CO-45 {n2(amt - allowed)}", ""
            nm = last_first(who) if i == 0 else ""
            cfc = f"{cf[:5]}\n{cf[5:]}" if i == 0 else ""
            bc = f"{b[:6]}\n{b[6:]}" if i == 0 else ""
            rows.append([nm, cfc, acct if i == 0 else "", bc, dmy_caps(d), dmy_caps(d), code,
                         "1", n2(amt), n2(allowed), n2(paid), adj, rem])
            tot = [tot[0] + amt, tot[1] + allowed, tot[2] + paid]
    refused = 2 * 185.0
    p = EGSheet(footer="Page {n} of {nb}", footer_left=f"{CLEAR} - ERA print v4.2", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(W * 0.6, 6, f"{CLEAR}")
    p.f(10, "B")
    p.cell(W * 0.4, 6, "ELECTRONIC REMITTANCE ADVICE", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Printed for the payee from the payer's 835 file  |  Support {phone(rng, '614')}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(2)
    y0 = p.get_y()
    b1 = p.sidebar([("Payer", f"{DOL} - OWCP / DFEC"), ("Payer ID", f"DOL{digits(rng, 3)}"),
                    ("Program", "Federal Employees' Compensation (FECA)")], p.l_margin, y0, W * 0.32,
                   title="PAYER", size=8.4)
    b2 = p.sidebar([("Payee", COUNSEL), ("Payee TIN", tin), ("Address", "212 Ferry Landing Rd, Easton, MD 21601")],
                   p.l_margin + W * 0.34, y0, W * 0.32, title="PAYEE", size=8.4)
    b3 = p.sidebar([("EFT trace / check no.", eft), ("Pay date", f"{dmy_caps(pay)}   ({slash(pay)})"),
                    ("Payment amount", n2(tot[2]))], p.l_margin + W * 0.68, y0, W * 0.32, title="PAYMENT",
                   size=8.4)
    p.set_xy(p.l_margin, max(b1, b2, b3) + 3)
    widths = [36, 19, 17, 20, 16, 16, 13, 10, 17, 17, 17, 26, 13]
    widths[-1] += W - sum(widths)
    p.wrap_table(["Patient", "Case file", "Pat. acct", "Bill ID", "From", "Thru", "Proc", "Qty", "Billed",
                  "Allowed", "Paid", "Adj. group / amt", "Remark"], rows, widths, size=7.4,
                 aligns=["L", "L", "L", "L", "L", "L", "L", "C", "R", "R", "R", "L", "C"])
    p.f(7.8, "B")
    p.cell(sum(widths[:8]), 4.5, "TOTALS")
    for v, w in zip(tot, widths[8:11]):
        p.cell(w, 4.5, n2(v), align="R")
    p.ln(7)
    p.legend("Remark detail", [
        ("CO-16", "Claim or service lacks information needed to decide it."),
        ("N29", f"Missing report: bill {bill} for {last_first(rpcv)}, case file {case}, sessions of "
                f"{slash(ses[0])} and {slash(ses[1])} (billed {n2(refused)}). OWCP pays counseling for this case "
                f"only with the treating clinician's report for the period. No report from {psy}, PsyD, reached the "
                "payer. Send the report, then the bill again."),
        ("CO-45", "Charge above the fee schedule; the practice may not bill the patient for this part.")], size=7.8)
    p.para(f"Rendering clinicians this period: {psy}, PsyD; {lcsw}, LCSW. Patient account numbers are the "
           "practice's own.", 7.6)
    t = truth("eob", "other", insurer=DOL, member_id=case, member_name=rpcv, cases=[bill], claim_amount=m2(refused),
              service_dates=[s.isoformat() for s in ses], denial_date=pay.isoformat(), provider=COUNSEL,
              alternates={"insurer": DOL_ALT + [CLEAR], "provider": [psy, f"{psy}, PsyD"]})
    return out(p), t


def photocopy_medevac(rng):
    vol, pcmo, surg, cm, sig = people_sexed(rng, "f????")
    volno = lookalike(rng, "V") + digits(rng, 2) + twin(rng, "S") + "-" + digits(rng, 3) + rng.choice("BS")
    auth = f"MDV-{digits(rng, 2)}{twin(rng, 'O')}{digits(rng, 2)}"
    claim = f"PCMC-26-{digits(rng, 5)}"
    acct = f"{digits(rng, 9)}"
    arr = dt.date(2026, 2, rng.randint(23, 26))
    eva = plus(arr, 1)
    surgery = dt.date(2026, 3, 4)
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    charges = [("Operating room, 3 hr 10 min", 14880.0), ("Anesthesia", 4212.5), ("Surgeon's fee, ACL reconstruction",
               9460.0), ("Graft and implants", 6390.1), ("Recovery and one night's stay", 3475.0)]
    billed = round(sum(c[1] for c in charges), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="PC-OVH 412 (Revised 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    pc_head(p, rng)
    p.line(f"Date: {long(ld)}", 10, "B")
    p.ln(1)
    p.kv_beside([("Volunteer", vol), ("Volunteer no.", volno), ("Auth ref.", auth), ("Our claim no.", claim),
                 ("Your reference", acct)],
                [HOSP, "Patient Financial Services", f"Attn: {ORTHO_DEPT}", "4400 Tidewater Pkwy",
                 "Baltimore, MD 21287"], w=92, cap_w=32, size=9.0)
    p.para(f"Re: Knee surgery of {apos(surgery)} for a Peace Corps Volunteer under medical evacuation", 10)
    p.para("To the billing office:", 10)
    p.para(f"{vol} came to Baltimore under medical evacuation from her post in Malawi on {long(arr)}, on the "
           f"referral of {pcmo}, MD, Peace Corps Medical Officer. Our authorization {auth} asked your hospital to "
           f"examine her right knee and take the images the examining surgeon needed. Your clinic saw her on "
           f"{long(eva)}, and we have paid those charges.", 9.8)
    p.para(f"Your claim {claim} for USD {n2(billed)} is for the operation that {surg}, MD, of your {ORTHO_DEPT}, "
           f"performed on {long(surgery)}. We will not pay it. Nobody asked our office about an operation before it "
           "was done, and our authorization did not reach that far: it named an examination and imaging, nothing "
           "more. For a Volunteer in the United States, anything beyond what we authorized needs our nurse case "
           "manager's agreement first, unless it cannot wait. Your own notes call the operation scheduled, with "
           "the date set a week ahead.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Charge", "Billed"], [[slash(surgery), c, n2(b)] for c, b in charges]
            + [["", "Claim total", n2(billed)]], [W * 0.18, W * 0.57, W * 0.25], size=8.6, aligns=["L", "L", "R"],
            bold_last=True)
    p.para(f"If you believe the operation could not wait, or that someone in our office agreed to it, the hospital "
           f"may ask us to reconsider within 45 days of the date of this letter. Send the operative note and the "
           f"record of any call with our office to the P.O. box on the slip below. Please do not bill the Volunteer; "
           f"she owes nothing for care during her service. Nurse case manager: {cm}, RN.", 9.4)
    p.signoff(["Sincerely,", sig, "Medical Claims Unit, Office of Volunteer Health"], 9.4)
    p.tear_slip("Reconsideration request - hospital claims",
                [("Volunteer", vol), ("Volunteer no.", volno), ("Auth ref.", auth), ("Our claim no.", claim)],
                PC_BOX, size=8.8)
    t = truth("denial_letter", "prior_authorization", insurer=PC, member_id=volno, member_name=vol,
              cases=[auth, claim], claim_amount=m2(billed), service_dates=[surgery.isoformat()],
              denial_date=ld.isoformat(), provider=HOSP, appeal_deadline=plus(ld, 45).isoformat(),
              alternates={"insurer": PC_ALT, "provider": [surg, f"{surg}, MD", ORTHO_DEPT],
                          "case_numbers": [[claim], [auth]]})
    return out(p), t


def phone_es(rng):
    vol, pcmo, gastro, fact = people_sexed(rng, "ffm?", es=True)
    volno = f"EC-{digits(rng, 2)}{twin(rng, 'S')}-{digits(rng, 2)}{twin(rng, 'O')}"
    ref = f"UMV-26-{digits(rng, 4)}"
    inv = f"001-003-{digits(rng, 7)}"
    svc = dt.date(2026, 2, rng.randint(10, 13))
    ld = workday(dt.date(2026, 3, rng.randint(2, 5)))
    total = round(rng.randint(1120, 1380) + 0.5, 2)
    p = EGSheet(footer="Página {n} de {nb}", footer_left="UMV-EC 07 (rev. 11/2024)")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, "CUERPO DE PAZ  -  ECUADOR", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4, "B")
    p.cell(0, 4.8, "Peace Corps  |  Unidad Médica del Voluntario", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Av. de los Shyris N37-{rng.randint(100, 400)} y Río Coca, Quito  |  Tel. (02) 555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line(f"Quito, {es_date(ld)}", 10, align="R")
    p.ln(2)
    for ln in ["Señores", CLINIC_EC, "Departamento de Facturación", "Av. Ordóñez Lasso 4-87", "Cuenca"]:
        p.line(ln, 10)
    p.ln(3)
    p.kv_box([("Nuestra ref.", ref), ("Su factura", inv), ("Valor de la factura", f"{total:.2f}"),
              ("N.º de Voluntaria", volno)], w=96, cap_w=38, size=9.2, title="DATOS DE LA FACTURA")
    p.para("De nuestra consideración:", 10)
    p.para(f"Recibimos la factura de su clínica por la endoscopia digestiva alta que el Dr. {gastro} realizó a "
           f"nuestra Voluntaria, la señorita {vol}, el {es_date(svc)}. El valor facturado es de {es_usd(total)} "
           f"({palabras(total)}).", 10)
    p.para(f"Lamentamos informarles que el Cuerpo de Paz no pagará esta factura. La señorita {vol.split()[0]} acudió "
           f"a su clínica por su propia cuenta: nuestra Unidad Médica no la envió, y nos enteramos de la atención al "
           f"recibir la factura. No se trató de una urgencia; el informe de la clínica dice que la cita se pidió "
           f"una semana antes por molestias de tres semanas. Pagamos la atención de nuestros Voluntarios cuando la "
           f"médica de la Unidad, la Dra. {pcmo}, la pide o la aprueba antes de que se realice, salvo en una "
           f"emergencia. Por favor, no cobren a la Voluntaria.", 10)
    p.para(f"Si la clínica no está de acuerdo, puede escribirnos dentro de los 30 días siguientes a la fecha de esta "
           f"carta, citando nuestra referencia {ref}, a la dirección de arriba o al correo de la Unidad. Si la "
           f"Voluntaria necesita más estudios, la Unidad Médica coordinará con ustedes, con una orden previa por "
           f"escrito.", 10)
    p.signoff(["Atentamente,", fact, "Administración, Unidad Médica del Voluntario"], 9.8)
    t = truth("denial_letter", "prior_authorization", insurer=PC, member_id=volno, member_name=vol, cases=[ref],
              claim_amount=m2(total), service_dates=[svc.isoformat()], denial_date=ld.isoformat(),
              provider=CLINIC_EC, appeal_deadline=plus(ld, 30).isoformat(), lang="es",
              alternates={"insurer": ["Cuerpo de Paz", "Cuerpo de Paz - Ecuador", "Cuerpo de Paz Ecuador",
                                      "Peace Corps Ecuador", "Unidad Médica del Voluntario"],
                          "provider": [f"Dr. {gastro}", gastro], "case_numbers": [[ref, inv]]})
    return out(p), t


def rotated_authorized(rng):
    son, mom, tbdoc, sig = people_sexed(rng, "mf??")
    son = kin(son, mom)
    rvno = "RV" + digits(rng, 2) + twin(rng, "B") + digits(rng, 3)
    authno = f"PSA-{digits(rng, 4)}-{rng.choice('ABCDEFGH')}"
    cos = dt.date(2025, 12, rng.randint(10, 18))
    ld = workday(dt.date(2026, 3, rng.randint(9, 12)))
    first = dt.date(2026, 3, 24)
    until = dt.date(2026, 6, cos.day)
    cap = 640.0
    p = EGSheet(footer="Page {n} of {nb}", footer_left="PC-RVHS 22 (Revised 11/2024)")
    p.set_margins(16, 12, 16)
    p.add_page(orientation="L")
    pc_head(p, rng, office=RVHS, unit="Post-Service Follow-Up Care")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.4, "B")
    p.cell(0, 5, f"Authorized representative on file: {mom} (mother; signed authorization received "
                 f"{slash(plus(ld, -20))})", new_x="LMARGIN", new_y="NEXT")
    p.f(9.2)
    p.cell(0, 4.6, f"Date: {long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.foot_caps([(authno, "Authorization no.", W * 0.17), (son, "Returned Volunteer", W * 0.2),
                 (rvno, "Returned Volunteer no.", W * 0.17), (slash(cos), "Close of service", W * 0.13),
                 (TB_CLINIC, "Authorized provider", W * 0.33)], size=9.2)
    y0 = p.get_y()
    cw = W * 0.48
    p.set_xy(p.l_margin, y0)
    for ln in [mom, *us_address(rng)]:
        p.set_x(p.l_margin)
        p.line(ln, 10)
    p.ln(3)
    p.col_para(f"Dear {mom.split()[0]} {mom.split()[-1]}:", cw, 9.8)
    p.col_para(f"Your son's close-of-service exam on {long(cos)} found a latent tuberculosis infection: a positive "
               "blood test with a clear exam and no illness. The Peace Corps pays for the follow-up his medical "
               f"officer listed for it. We have authorized {TB_CLINIC} to give him that care.", cw, 9.6)
    p.col_para(f"His first visit with {tbdoc}, MD, is set for {long(first)}. He may choose another date with the "
               "clinic; the authorization stays good until the date shown at the right.", cw, 9.6)
    ya = p.get_y()
    x2 = p.l_margin + W * 0.53
    p.set_xy(x2, y0)
    p.set_left_margin(x2)
    p.heading("What we authorized", 10.5)
    p.bullets(["A chest X-ray, two views", "A first visit and up to three follow-up visits to start and watch "
               "treatment", "Liver blood tests during treatment, as the doctor orders"], 9.2)
    p.pairs([("Good through", long(until)), ("Not to exceed", usd_code(cap))], label_w=34, size=9.4, h=5.0)
    p.ln(1)
    p.f(9.4, "B")
    p.multi_cell(W * 0.47, 4.6, "This is not a bill. Do not pay the clinic for these visits; it sends its bills to us "
                 "with the authorization number.", new_x="LMARGIN", new_y="NEXT")
    p.set_left_margin(16)
    p.set_xy(16, max(ya, p.get_y()) + 3)
    p.para(f"If the clinic asks for payment, or if {first_last_of(son)} needs care the list does not name, call us "
           f"first. {sig}, RN, Returned Volunteer Health Section.", 9.2)
    t = truth("other", None, insurer=PC, member_id=rvno, member_name=son, cases=[authno],
              service_dates=[first.isoformat()], denial_date=ld.isoformat(), provider=TB_CLINIC,
              alternates={"insurer": PC_ALT, "provider": [tbdoc, f"{tbdoc}, MD"],
                          "service_dates": [[], [f"{first.isoformat()}/{until.isoformat()}"]],
                          "claim_amount": [m2(cap)]})
    return out(p), t


def first_last_of(full):
    parts = full.split()
    return f"{parts[0]} {parts[-1]}"


def lowres_reimbursement(rng):
    rpcv, doc, ce = people(rng, 3)
    case = case_file(rng)
    rq = f"RQ {digits(rng, 4)} {digits(rng, 4)}"
    rq_d = rq.replace(" ", "-")
    svc = dt.date(2026, 2, 23)
    ld = workday(dt.date(2026, 3, rng.randint(16, 20)))
    by = plus(ld, 60)
    amt = round(rng.randint(240, 330) + rng.choice([0.4, 0.6, 0.25]), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="OWCP-RR3 (Revised 11/2024)")
    p.set_margins(18, 15, 18)
    p.add_page()
    dol_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.foot_caps([(long(ld), "Date", W * 0.26), (case, "Our file", W * 0.24), (rq, "Request #", W * 0.26),
                 ("Peace Corps", "Employing agency", W * 0.24)], size=9.4)
    for ln in [rpcv, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {rpcv}:", 10)
    p.para(f"Thank you for your claim for medical reimbursement, form OWCP-915, for your visit with {doc}, MD, at "
           f"{FAMMED} on the {the_nth(svc)[4:]} ({slash(svc)}). You wrote that you paid the practice "
           f"{usd(amt)} - \"{words(amt)}\" - yourself.", 10)
    p.para("We cannot pay you back yet. With the form we need two papers we did not find in your envelope: the "
           "practice's itemized bill, showing each service with its code and charge, and proof that you paid it, "
           "such as a receipt from the practice or a card statement with the line marked. Your form came with a "
           "note from the doctor, which we have put in your file.", 10)
    p.para("You do not need a new form. Send the two papers with the reference line below; we can still pay a "
           "request that reaches us by December 31, 2027, the end of the calendar year after the year of the visit. "
           "Most requests are paid within 28 days of the day the papers arrive.", 10)
    p.para(f"If you disagree with this decision, write to us no later than {the_nth(by)} ({long(by)}) and tell us "
           "why.", 10)
    p.signoff(["Sincerely,", ce, "Medical Bill Unit"], 9.6)
    p.rule(2)
    p.line(f"Reference line - write on every page you send:  {rq_d}  /  {case}  /  {last_first(rpcv)}", 9.2, "B")
    t = truth("denial_letter", "other", insurer=DOL, member_id=case, member_name=rpcv, cases=[rq.replace(" ", "")],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=FAMMED,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": DOL_ALT, "provider": [doc, f"{doc}, MD"],
                          "case_numbers": [[rq_d], [rq.replace(" ", ""), rq_d]]})
    return out(p), t


def scan_stack(rng):
    rpcv, dentist, surg, refdoc, ce, sig = people(rng, 6)
    case = case_file(rng)
    addr = us_address(rng)
    # the agency's prose-only letter about a crown placed after the six months
    cos = dt.date(2025, 9, rng.randint(22, 26))
    ended = dt.date(2026, 3, cos.day)
    crown = dt.date(2026, 4, rng.randint(13, 16))
    la = workday(dt.date(2026, 5, rng.randint(4, 7)))
    fileno = f"RV-26{twin(rng, 'O')}-{digits(rng, 3)}{twin(rng, 'I')}"
    fee = round(rng.randint(1380, 1560) + 0.0, 2)
    a = EGSheet(footer=None, footer_left="PC-RVHS 09 (Revised 11/2024)")
    a.set_margins(22, 16, 22)
    a.add_page()
    pc_head(a, rng, office=RVHS, unit="Post-Service Follow-Up Care")
    a.line(long(la), 10)
    a.ln(4)
    for ln in [rpcv, *addr]:
        a.line(ln, 10)
    a.ln(5)
    a.para(f"Dear {first_last_of(rpcv)}:", 10.2)
    a.para(f"{DENTAL} sent us a bill for {usd(fee)} for the crown Dr. {dentist} placed on your lower left molar on "
           f"{long(crown)}. We are sorry, but we cannot pay it. Please quote our file number {fileno} if you write "
           "to us about this bill.", 10.2)
    a.para(f"Your Peace Corps service ended on {long(cos)}. Your close-of-service dental exam noted the cracked "
           "filling in that tooth, so a crown was on the list of follow-up care we pay for. We pay for the care on "
           f"that list when it is given in the first six months after service ends, which for you ran through "
           f"{long(ended)}. The crown was placed after that date.", 10.2)
    a.para("If the tooth was hurt by something that happened during your service, you may file a claim with the "
           "U.S. Department of Labor under the Federal Employees' Compensation Act on form CA-2; that program "
           "decides for itself which conditions it accepts. Our office can help you fill in the form.", 10.2)
    a.para("If you think we counted the dates wrong, or if the crown was started within the six months, write to us "
           "within 30 days of the date on this letter and send the dentist's record of each visit.", 10.2)
    a.ln(2)
    a.signoff(["With best wishes,", sig, "Returned Volunteer Health Section"], 10)
    d_a = (out(a), truth("denial_letter", "eligibility", insurer=PC, member_name=rpcv, cases=[fileno],
                         claim_amount=m2(fee), service_dates=[crown.isoformat()], denial_date=la.isoformat(),
                         provider=DENTAL, appeal_deadline=plus(la, 30).isoformat(),
                         alternates={"insurer": PC_ALT, "provider": [f"Dr. {dentist}", dentist]},
                         denial_alternates=["not_covered", "timely_filing"]))
    # OWCP's formal decision on an authorization request
    req = f"AR{digits(rng, 3)}{twin(rng, 'S')}{digits(rng, 3)}"
    docket = f"27-D-{digits(rng, 5)}"
    rq_rcv = dt.date(2026, 4, rng.randint(6, 10))
    planned = dt.date(2026, 6, rng.randint(2, 5))
    dd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    doi = dt.date(2025, 6, rng.randint(2, 27))
    b = EGSheet(footer="Page {n} of {nb}", footer_left="OWCP-FD2 (Revised 11/2024)",
                every=f"{rpcv}  |  File {case}  |  Request # {req}  |  page {{n}} of {{nb}}")
    b.set_margins(18, 16, 18)
    b.add_page()
    dol_head(b, rng)
    b.title_bar("NOTICE OF DECISION", "Request for authorization of medical treatment")
    b.kv_beside([("Date of decision", long(dd)), ("File number", case), ("Request #", req), ("Docket", docket),
                 ("Employing agency", "Peace Corps"), ("Date of injury", slash(doi))], [rpcv, *addr], w=100,
                cap_w=36, size=9.0)
    b.para(f"Dear {rpcv}:", 10)
    b.para(f"On {long(rq_rcv)} we received a request from {surg}, MD, of {SHOULDER}, to operate on your left "
           f"shoulder (arthroscopic repair of the rotator cuff, CPT 29827) on {long(planned)}. {refdoc}, MD, your "
           "family doctor, had sent you to Dr. " + surg.split()[-1] + ".", 10)
    b.para("**Decision.** Authorization for the shoulder operation is denied.", 10)
    b.para(f"**Reasons.** Your case is accepted for a sprain of the right wrist from the bicycle fall of "
           f"{long(doi)} at your post. The request concerns your left shoulder. The MRI of March 2026 shows a "
           "tear with wear changes, and neither doctor explained how the fall last June, which the records from "
           "your post describe as a landing on the right hand, could have caused it. Without a medical opinion "
           "giving reasons for that connection, the shoulder is not part of your case and the program cannot pay "
           "to treat it.", 10)
    b.para("You may send a doctor's reasoned opinion at any time. If the shoulder is added to your case, the surgeon "
           "may ask again. Your rights if you disagree are on the next page.", 10)
    b.signoff(["Sincerely,", ce, "Senior Claims Examiner"], 9.6)
    b.add_page()
    b.heading("Your appeal rights", 12, rule=True)
    b.para("You may choose one of the three routes below. Read them all first: asking for one may end your chance "
           "to use another.", 10)
    b.reasons([("1", "**Hearing or review of the written record.** Ask the Branch of Hearings and Review within 30 "
                     "days of the date of this decision. Choose an oral hearing (by telephone or video) or a review "
                     "of the written record. Write to the P.O. box below; the postmark counts."),
               ("2", "**Reconsideration.** Ask the district office within one calendar year of the date of this "
                     "decision, and send new and relevant evidence or a legal argument not considered before."),
               ("3", "**Employees' Compensation Appeals Board.** Appeal within 180 days of the date of this "
                     "decision. The Board looks only at the evidence already in your file.")], size=9.4)
    b.pairs([("Write to", "U.S. Department of Labor, OWCP, P.O. Box 27460, Corbin, KY 40702-7460")], label_w=22,
            size=9.0, h=4.8)
    b.para(f"Please put your file number {case} on every page you send.", 9.4)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=DOL, member_id=case, member_name=rpcv,
                         cases=[req, docket], service_dates=[planned.isoformat()], denial_date=dd.isoformat(),
                         provider=surg, appeal_deadline=plus(dd, 30).isoformat(),
                         alternates={"insurer": DOL_ALT, "provider": [f"{surg}, MD", SHOULDER],
                                     "case_numbers": [[req], [docket]], "service_dates": [[]],
                                     "appeal_deadline": [plus(dd, 180).isoformat(), next_year(dd).isoformat()]},
                         denial_alternates=["other", "prior_authorization"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_owcp_bill_decision_back_therapy_not_in_accepted_case", "born_digital",
             [born_bill_decision(rng)]),
        Item(F + "finefax_clearinghouse_remittance_landscape_counseling_report_missing", "fax_fine_g4",
             [finefax_remit(rng)]),
        Item(F + "photocopy_medevac_hospital_knee_surgery_not_cleared_tear_off_slip", "photocopy",
             [photocopy_medevac(rng)]),
        Item(F + "phone_es_cuerpo_de_paz_clinica_de_cuenca_sin_remision_de_la_unidad_medica", "phone_photo",
             [phone_es(rng)]),
        Item(F + "rotated_landscape_post_service_follow_up_authorized_to_representative", "rotated",
             [rotated_authorized(rng)]),
        Item(F + "lowres_owcp_reimbursement_request_receipt_and_itemized_bill_missing", "scan_lowres_150",
             [lowres_reimbursement(rng)]),
    ]
    items.append(Item(F + "scan_stack_dental_crown_after_six_months_duplex_then_owcp_shoulder_decision_sideways",
                      "scan_clean_300", scan_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
