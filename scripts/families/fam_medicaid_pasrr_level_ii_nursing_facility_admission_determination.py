"""Notices mirrored (structure and wording style only) from Medicaid Preadmission Screening and Resident Review
(PASRR) Level II determinations in Ohio: an invented state review office finds nursing facility placement not
appropriate, or approves it only for a limited stay, and lists specialized services; an invented Ohio Medicaid
managed care plan then denies the nursing facility's claim for the days before a valid Level II determination
existed. PASRR, Medicaid, the state fair hearing and 42 CFR 483.100-138 appear as themselves; the review office,
the plan, the facilities, every person and number are invented.

Documents (8 in 7 files):
- bd_two_column_not_appropriate: Level II determination, nursing facility not appropriate (needs met in the
  community), two columns with a ruled facts box on the right (notice date vs determination date, PASRR case
  number, Medicaid ID of digits next to a county case number of similar length, DOB, referral received); the
  hospital physician and facility named in prose; fair hearing within 90 days (no plan appeal) as decoy.
- faxstd_plan_claim_denial_caption_boxes: the managed care plan's provider claim notice to the facility in 7.5-8
  pt, a typed fax header on both pages, small captions above boxed values, From | To in separate boxes, claim
  number with a -02 suffix, NPI / tax ID / patient account / 120-day timely filing as decoys.
- scan300_facility_statement_rows: the facility's statement to the family, a table of stay periods by payer, one
  row denied by the plan (denies nothing).
- photo_two_page_member_eob: the plan's two-page member EOB, four claims, the nursing facility days ("Mar 3 -
  Mar 28, 2026") denied, remarks and rights (60-day plan appeal, 120-day state hearing) on page 2.
- rotated_limited_stay_approval: Level II approval for a limited convalescent stay "March 3 - April 2, 2026"
  with specialized services (denies nothing), a past hospital authorization period as decoy.
- lowres_facility_letter_to_plan: the facility's business office writing to the plan asking for reconsideration
  (the plan is the addressee, the facility the sender; denies nothing).
- copy_stack_resident_review_then_upheld_appeal: a fax cover, the office's resident review after a change in
  condition (continued stay not appropriate, continuation-of-benefits date), then the plan's upheld appeal of
  the claim denial (the facility named only in the cc line) fed sideways, with its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddi_famdic import DISheet, md, mixed_id, nopad
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_pasrr_level_ii_nursing_facility_admission_determination"
LANG = "en"
SEED = 351302
OFFICE = "Ohio Preadmission Review Office"
PLAN = "Bridgewell Community Health Plan"
NF = "Maple Terrace Nursing and Rehabilitation Center"
NF2 = "Cobb Hill Care Center, LLC"
HOSP = "St. Aldric Regional Hospital"
DOC = "Tobias N. Achterberg"
EVAL = "Wanda P. Iwamoto, LISW"
RATE = 268.50


def _ids(rng):
    return {"mcd": digits(rng, 12), "case": digits(rng, 11), "pasrr": f"L2-26-{digits(rng, 6)}"}


def _oh_addr(rng):
    city, z = rng.choice([("Canton", "447"), ("Lima", "458"), ("Zanesville", "437"), ("Mansfield", "449")])
    return [address(rng)[0], f"{city} OH {z}{rng.randint(10, 99)}"]


def _dob(rng):
    return dt.date(rng.randint(1948, 1975), rng.randint(1, 12), rng.randint(1, 28))


def _office_lh(p: DISheet, rng, y: float = 12):
    p.set_y(y)
    p.f(8, "B")
    p.cell(0, 4, "STATE OF OHIO", new_x="LMARGIN", new_y="NEXT")
    p.f(14, "B")
    p.cell(0, 7, OFFICE, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"PASRR Level II Determinations  |  PO Box {rng.randint(1000, 9999)}, Columbus OH 432{rng.randint(10, 99)}"
                 f"  |  1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    super(DISheet, p).line_seg(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.ln(5)


def _plan_lh(p: DISheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(30, 90, 120)
    p.rect(p.l_margin, y, 12, 12, style="F")
    p.set_xy(p.l_margin + 15, y)
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 15)
    p.f(7.5)
    p.cell(0, 4, f"An Ohio Medicaid managed care plan  |  {dept}  |  1-855-555-{digits(rng, 4)} (TTY 711)",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def bd_not_appropriate(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 8))
    det = plus(nd, -2)
    rec = plus(nd, -rng.randint(5, 8))
    adm = plus(nd, rng.randint(3, 6))
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form OPRO-L2-07 (01/26)")
    p.set_margins(18, 12, 18)
    p.add_page()
    _office_lh(p, rng)
    p.line("NOTICE OF PASRR LEVEL II DETERMINATION", 12, "B")
    p.ln(2)
    left = [f"{name}\n" + "\n".join(_oh_addr(rng)),
            f"Dear {first} {last}:",
            f"Dr. {DOC} of {HOSP} asked us to approve your admission to {NF} on {fdate(adm, 'long')}. Federal "
            "rules (42 CFR 483.100-138) require a Level II evaluation before a nursing facility may admit a "
            "person who has, or may have, a serious mental illness. Evaluator "
            f"{EVAL} met with you on {fdate(plus(rec, 2), 'long')}.",
            "Our decision: nursing facility services are NOT appropriate for you. Your needs for help with "
            "daily activities can be met in a less restrictive setting. You do not need the level of care a "
            "nursing facility gives. You do need specialized services for your mental health, which can be "
            "given in the community.",
            f"Your managed care plan, {PLAN}, will contact you about home and community-based services and "
            "a care coordinator. This decision does not end your Medicaid coverage.",
            "If you disagree, you may ask for a state hearing. Your request must be received within 90 days "
            "of the date this notice was mailed. A PASRR determination can only be changed through a state "
            "hearing."]
    right = [("Date of this notice", fdate(nd, "long")), ("Date of determination", fdate(det, "slash")),
             ("PASRR case number", ids["pasrr"]), ("Medicaid ID", ids["mcd"]),
             ("County case number", ids["case"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Referral received", fdate(rec, "slash")), ("Requested admission", fdate(adm, "slash")),
             ("Nursing facility", NF), ("Referred by", f"{HOSP}")]
    p.boxed_col(left, right, left_w=106, size=9.5, title="Determination facts")
    p.para(f"Sincerely,\n\nLevel II Determinations Unit, {OFFICE}", 9.5)
    p.para(f"cc: {NF}, admissions office;  {HOSP}, discharge planning", 8.5)
    t = truth("denial_letter", "level_of_care", insurer=OFFICE, member_id=ids["mcd"], member_name=name,
              cases=[ids["pasrr"]], service_dates=[span(adm)], denial_date=nd.isoformat(), provider=NF,
              alternates={"insurer": ["Ohio Medicaid"], "provider": [DOC, HOSP], "service_dates": [[]],
                          "case_numbers": [[ids["pasrr"], ids["case"]]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_claim(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 8))
    a0, a1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    days = (a1 - a0).days + 1
    billed = round(RATE * days, 2)
    claim = f"26{digits(rng, 9)}-02"
    acct = f"MT{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  BRIDGEWELL CHP PROVIDER SVCS  FAX 614-555-"
           f"{digits(rng, 4)}  TO 330-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="BCHP-PRV-NF-14 (02/26)",
                cont=f"Claim {claim}  |  Member {name}  |  continued")
    p.set_margins(14, 12, 14)
    p.add_page()
    _plan_lh(p, rng, "Provider Claims Notice", y=11)
    p.line("NOTICE OF CLAIM DENIAL - NURSING FACILITY", 10.5, "B")
    p.ln(1)
    p.capboxes([("Date of this notice", fdate(nd, "slash"), 36), ("Claim number", claim, 44),
                ("Patient account no.", acct, 36), ("Provider NPI", digits(rng, 10), 30),
                ("Tax ID", f"31-{digits(rng, 7)}", 36)], cap=5.8, val=8)
    p.capboxes([("Member name", name, 62), ("Medicaid ID", ids["mcd"], 44),
                ("Date of birth", fdate(_dob(rng), "slash"), 32), ("Claim received", fdate(plus(a1, 9), "slash"), 44)],
               cap=5.8, val=8)
    p.capboxes([("Billing provider", NF, 98), ("Attending physician", f"Dr. {DOC}", 84)], cap=5.8, val=8)
    p.capboxes([("From", fdate(a0, "slash"), 32), ("To", fdate(a1, "slash"), 32), ("Revenue code", "0120 / room & board", 38),
                ("Days", str(days), 16), ("Billed", money(billed), 30), ("Paid", "$0.00", 34)], cap=5.8, val=8)
    p.ln(2)
    p.para(f"Reason code N-PAS: Nursing facility days 03/03/2026 thru 03/28/2026 are denied. No valid PASRR "
           f"Level II determination was on file for these days. The Level II determination for this member "
           f"({ids['pasrr']}) is dated {fdate(plus(a1, 1), 'slash')}. Medicaid does not pay for nursing facility "
           "days before the screening is complete (42 CFR 483.122). The member may not be billed for these days.",
           7.8)
    p.para("Days from the determination date forward were paid on a separate claim.", 7.8)
    p.add_page()
    p.band("PROVIDER RECONSIDERATION AND APPEAL", 8)
    p.para("You may ask for a reconsideration of this decision within 60 days of the date of this notice. Send "
           "the Level II determination letter and the admission records. Corrected claims must still be filed "
           "within 120 days of the date of service. If the reconsideration is upheld, you may file a provider "
           "appeal; the member has separate rights to a plan appeal and a state hearing.", 7.8)
    p.para(f"Questions: Provider Services, {PLAN}, 1-855-555-{digits(rng, 4)}.", 7.8)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mcd"], member_name=name,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(a0, a1)], denial_date=nd.isoformat(),
              provider=NF, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["other"], type_alternates=["eob"])
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    resp = f"{person(rng)[1]} {last}"
    sd = dt.date(2026, 5, 1) + dt.timedelta(days=rng.randint(0, 6))
    den0, den1 = dt.date(2026, 3, 5), dt.date(2026, 3, 26)
    ddays = (den1 - den0).days + 1
    den_amt = round(RATE * ddays, 2)
    acct = f"MT{digits(rng, 6)}"
    rows = [
        [fdate(dt.date(2026, 3, 2), "slash"), fdate(dt.date(2026, 3, 4), "slash"), "Medicare Part A (SNF)", "3",
         money(RATE * 3, "nosign"), "Paid", "0.00"],
        [fdate(den0, "slash"), fdate(den1, "slash"), f"{PLAN}", str(ddays), money(den_amt, "nosign"),
         "Denied - no PASRR", "0.00*"],
        [fdate(dt.date(2026, 3, 27), "slash"), fdate(dt.date(2026, 3, 31), "slash"), f"{PLAN}", "5",
         money(RATE * 5, "nosign"), "Paid", "0.00"],
        [fdate(dt.date(2026, 4, 1), "slash"), fdate(dt.date(2026, 4, 30), "slash"), f"{PLAN} / patient liability",
         "30", money(RATE * 30, "nosign"), "Paid", money(1142.00, "nosign")],
    ]
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, NF2, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Dayton OH 454{rng.randint(10, 99)}  |  Business office 937-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6, "RESIDENT ACCOUNT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Responsible party:", resp),
                   ("Payment due:", fdate(plus(sd, 25), "abbr"))], w=90, size=8.5, y=p.get_y() - 6)
    p.ln(2)
    p.pairs([("Resident", name), ("Medicaid ID", ids["mcd"]), ("Admitted", fdate(dt.date(2026, 3, 2), "long"))],
            label_w=28, size=9)
    p.ln(2)
    p.table(["From", "To", "Payer", "Days", "Charges", "Status", "You owe"], rows, [22, 22, 56, 12, 22, 30, 18],
            size=8, aligns=["L", "L", "L", "R", "R", "L", "R"])
    p.para(f"* {PLAN} denied the days from {fdate(den0, 'long')} through {fdate(den1, 'long')} because the "
           "PASRR Level II determination was not complete when those days were billed. We have asked the plan "
           "to reconsider. Under Medicaid rules you are not billed for these days.", 8.5)
    p.para(f"Amount due now (patient liability for April): {money(1142.00)}.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mcd"], member_name=name, claim_amount=m2(den_amt),
              service_dates=[span(den0, den1)], denial_date=sd.isoformat(), provider=NF2, unscored=["insurer"],
              alternates={"claim_amount": [m2(1142.00), None]})
    return out(p), t


def photo_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    n0, n1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    nfb = round(RATE * 26, 2)
    cl = [f"26{digits(rng, 9)}-0{k}" for k in (1, 1, 2, 1)]
    hosp = (dt.date(2026, 2, 26), dt.date(2026, 3, 3), amount(rng, 14000, 22000))
    doc = (dt.date(2026, 3, 10), amount(rng, 140, 210))
    amb = (dt.date(2026, 3, 3), amount(rng, 600, 900))
    p = DISheet(footer="Page {n} of {nb}", cont=f"Explanation of Benefits  |  {name}  |  Medicaid ID {ids['mcd']}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _plan_lh(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Date of this notice:", fdate(sd, "long")), ("Member:", name), ("Medicaid ID:", ids["mcd"]),
                   ("County case no.:", ids["case"])], w=100, size=8.5, y=p.get_y())
    p.ln(3)
    rows = [[cl[0], HOSP, f"{fdate(hosp[0], 'abbr')} - {fdate(hosp[1], 'abbr')}", money(hosp[2], "nosign"),
             "Paid", "A1"],
            [cl[1], f"Dr. {DOC}", fdate(doc[0], "abbr"), money(doc[1], "nosign"), "Paid", "A1"],
            [cl[2], "Maple Terrace Nursing & Rehab", f"{n0.strftime('%b')} {n0.day} - {n1.strftime('%b')} {n1.day}, 2026", money(nfb, "nosign"),
             "DENIED", "N7"],
            [cl[3], "Lakeshore Ambulance Service", fdate(amb[0], "abbr"), money(amb[1], "nosign"), "Paid", "A1"]]
    p.table(["Claim no.", "Provider", "Service dates", "Billed", "Status", "Remark"], rows, [28, 58, 44, 22, 16, 14],
            size=8)
    p.para(f"The nursing facility stay at {NF} from {fdate(n0, 'long')} through {fdate(n1, 'long')} was denied "
           "(remark N7). You do not owe anything for it. See page 2.", 9)
    p.add_page()
    p.heading("Remarks", 10)
    p.bullets(["A1  Paid according to your Medicaid benefits. You owe nothing.",
               "N7  The nursing facility admitted you before the required PASRR Level II screening was complete. "
               "Medicaid cannot pay for those days. The facility may not bill you."], 9)
    p.heading("Your rights", 10)
    p.para("If you do not agree with this decision, you may ask for a plan appeal within 60 days of the date of "
           "this notice. If you want your benefits to continue during the appeal, ask within 10 days. After the "
           "plan appeal, you may ask for a state hearing within 120 days of the appeal decision.", 9)
    p.para(f"Sincerely,\nMember Services, {PLAN}", 9)
    t = truth("eob", "prior_authorization", insurer=PLAN, member_id=ids["mcd"], member_name=name, cases=[cl[2]],
              claim_amount=m2(nfb), service_dates=[span(n0, n1)], denial_date=sd.isoformat(), provider=NF,
              appeal_deadline=plus(sd, 60).isoformat(), denial_alternates=["other"])
    return out(p), t


def rotated_approval(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 2)
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 4, 2)
    h0, h1 = dt.date(2026, 2, 20), dt.date(2026, 3, 2)
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left="Form OPRO-L2-04 (01/26)")
    p.set_margins(22, 12, 22)
    p.add_page()
    _office_lh(p, rng)
    p.line("PASRR LEVEL II DETERMINATION - LIMITED STAY APPROVED", 11.5, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "long")), ("Individual", name), ("Medicaid ID", ids["mcd"]),
             ("PASRR case", ids["pasrr"]), ("Nursing facility", NF2)], label_w=40, size=9.5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"{HOSP} referred you to {NF2} for care after your hospital stay. Your hospital authorization "
           f"period ({fdate(h0, 'slash')} - {fdate(h1, 'slash')}) has ended.", 10)
    p.para(f"Decision: nursing facility services are approved for a limited stay of up to 30 days, "
           f"{md(s0)} - {fdate(s1, 'long')} (convalescent care after a hospital stay). Stay dates: "
           f"{fdate(s0, 'slash')} to {fdate(s1, 'slash')}.", 10)
    p.para("Specialized services: you need specialized services for an intellectual disability while you are in "
           "the facility (a behavior support plan and day programming). The facility must include them in your "
           "plan of care. If the facility believes you need to stay longer, it must ask for a new review before "
           "the stay ends.", 10)
    p.para("If you disagree with any part of this decision, you may ask for a state hearing within 90 days of "
           "the date this notice was mailed.", 10)
    p.para(f"Sincerely,\nLevel II Determinations Unit\n{OFFICE}", 10)
    t = truth("other", None, insurer=OFFICE, member_id=ids["mcd"], member_name=name, cases=[ids["pasrr"]],
              service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=NF2,
              alternates={"insurer": ["Ohio Medicaid"], "provider": [HOSP]})
    return out(p), t


def lowres_letter(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    a0, a1 = dt.date(2026, 3, 9), dt.date(2026, 4, 3)
    days = (a1 - a0).days + 1
    billed = round(RATE * days, 2)
    claim = f"26{digits(rng, 9)}-01"
    orig = plus(ld, -rng.randint(18, 30))
    adm = "Margo E. Rinaldi, NHA"
    p = DISheet(footer=None)
    p.set_margins(24, 14, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, NF, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Akron OH 443{rng.randint(10, 99)}  |  330-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in ["Provider Reconsiderations", PLAN, f"PO Box {rng.randint(1000, 9999)}", "Columbus OH 43216"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Request for reconsideration, claim {claim}", f"Resident: {name}, Medicaid ID {ids['mcd']}",
                f"Dates of service: {nopad(a0)}-{nopad(a1)}   Billed {money(billed)}"], 9.5)
    p.para("To the reconsideration unit:", 10)
    p.para(f"Your notice of {fdate(orig, 'long')} denied our claim for {days} nursing facility days, "
           f"{fdate(a0, 'long')} through {fdate(a1, 'long')}, for lack of a valid PASRR Level II determination. "
           f"The resident came to us from {HOSP} under the hospital discharge exemption, which allows an "
           "admission for up to 30 days without a Level II when the attending physician certifies a stay of "
           "less than 30 days. The certification signed on admission is enclosed.", 10)
    p.para(f"When it became clear the stay would be longer, we asked for a Level II review on day 24, and "
           f"{OFFICE} approved the stay. We ask you to reverse the denial and pay the claim.", 10)
    p.para(f"Sincerely,\n\n{adm}\nAdministrator, {NF}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mcd"], member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(a0, a1)], denial_date=ld.isoformat(), provider=NF,
              alternates={"insurer": [None], "provider": ["Margo E. Rinaldi"]},
              type_alternates=[])
    return out(p), t


def copy_stack(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 5))
    eff = plus(nd, 30)
    cont = plus(nd, 15)
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form OPRO-RR-02 (01/26)")
    p.set_margins(20, 12, 20)
    p.add_page()
    _office_lh(p, rng)
    p.line("RESIDENT REVIEW AFTER A CHANGE IN CONDITION - DETERMINATION", 11, "B")
    p.ln(2)
    p.capboxes([("Date of this notice", fdate(nd, "slash"), 40), ("PASRR case number", ids["pasrr"], 44),
                ("Medicaid ID", ids["mcd"], 44), ("County case no.", ids["case"], 46)], cap=6.5, val=9)
    p.ln(3)
    p.para(f"Dear {name}:", 10)
    p.para(f"{NF} told us your condition has changed and asked for a new PASRR review. We have decided that you "
           "no longer need the services of a nursing facility. Your mental health needs can be met in a "
           "community setting with specialized services (case management and outpatient psychiatric care).",
           10)
    p.para(f"Continued nursing facility services are not approved after {fdate(eff, 'long')}. The facility "
           "and your managed care plan will help you plan a safe discharge.", 10)
    p.para(f"You may ask for a state hearing within 90 days of the date of this notice. If your request is "
           f"received by {fdate(cont, 'long')}, you may stay in the facility until the hearing decision.", 10)
    p.para(f"Level II Determinations Unit, {OFFICE}", 10)
    doc1 = (out(p), truth("denial_letter", "level_of_care", insurer=OFFICE, member_id=ids["mcd"], member_name=name,
                          cases=[ids["pasrr"]], service_dates=[span(eff)], denial_date=nd.isoformat(), provider=NF,
                          alternates={"insurer": ["Ohio Medicaid"], "service_dates": [[]]},
                          denial_alternates=["medical_necessity"]))
    name2, f2, m2_, l2 = person(rng)
    ids2 = _ids(rng)
    ad = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    a0, a1 = dt.date(2026, 3, 12), dt.date(2026, 4, 6)
    billed = round(RATE * ((a1 - a0).days + 1), 2)
    claim = f"26{digits(rng, 9)}-01"
    appeal = mixed_id(rng, "APL-26-", "dddcdd")
    q = DISheet(footer="Page {n} of {nb}")
    q.set_margins(20, 12, 20)
    q.add_page()
    _plan_lh(q, rng, "Appeals and Grievances")
    q.line("NOTICE OF APPEAL RESOLUTION", 11.5, "B")
    q.ln(2)
    q.pairs([("Date", fdate(ad, "abbr")), ("Member", name2), ("Medicaid ID", ids2["mcd"]), ("Appeal number", appeal),
             ("Claim number", claim), ("Dates of service", f"{fdate(a0, 'slash')} thru {fdate(a1, 'slash')}"),
             ("Amount billed", money(billed))], label_w=40, size=9.5)
    q.ln(2)
    q.para(f"Dear {f2} {l2}:", 10)
    q.para("We reviewed the appeal about nursing facility days that were denied because no PASRR Level II "
           "determination was on file. Decision: we upheld the denial. The facility admitted you before the "
           "Level II evaluation, and the hospital discharge exemption did not apply because no physician "
           "certified a stay of less than 30 days.", 10)
    q.para("You may ask for a state hearing within 120 days of the date of this letter. You do not owe the "
           "facility for these days.", 10)
    q.para(f"Sincerely,\nAppeals and Grievances, {PLAN}\n\ncc: {NF2}, business office", 10)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids2["mcd"],
                          member_name=name2, cases=[appeal, claim], claim_amount=m2(billed),
                          service_dates=[span(a0, a1)], denial_date=ad.isoformat(), provider=NF2,
                          alternates={"case_numbers": [[appeal]]}, denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_not_appropriate", "born_digital", [bd_not_appropriate(rng)]),
        Item(F + "faxstd_plan_claim_denial_caption_boxes", "fax_standard_g4", [faxstd_claim(rng)]),
        Item(F + "scan300_facility_statement_rows", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "photo_two_page_member_eob", "phone_photo", [photo_eob(rng)]),
        Item(F + "rotated_limited_stay_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_facility_letter_to_plan", "scan_lowres_150", [lowres_letter(rng)]),
        Item(F + "copy_stack_resident_review_then_upheld_appeal", "photocopy", copy_stack(rng),
             separators=["cover", "duplex"], turns={(1, 0): 90}),
    ]
