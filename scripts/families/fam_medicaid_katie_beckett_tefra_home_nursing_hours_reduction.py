"""Minnesota Medical Assistance for children with disabilities under the TEFRA option (the "Katie Beckett"
option): notices on home care nursing for a disabled child living at home, mirrored for structure and wording
style only from a state Medicaid agency's notices of action (home care nursing hours reduced after the annual
assessment, the nursing agency's claims for hours above the new service authorization denied, the annual
level-of-care review, a temporary increase refused; a state fair hearing and continued benefits are the only
appeal text). The Minnesota Department of Human Services and its programs appear as themselves; every child,
parent, nursing agency, clinic, number and address is invented.

Documents (8 in 7 files):
- bd_two_column_hours_reduction_notice: notice of action reducing nursing hours, the facts (notice date, date of
  decision, MA ID, case number of the same length, service agreement number, effective date, past authorization
  period) in a shaded right-hand box, the agency named only in prose, the new period "from ... through ...".
- faxstd_remittance_advice_claim_rows: two-page small-type remittance advice to the agency under a typed fax
  header line, captions over boxed values, five claim rows for three children (From | To in separate cells),
  one row denied (hours over the service agreement); NPI, tax ID and the RA number as decoys.
- scan300_agency_letter_to_department: the agency's letter to the Department asking it to reconsider a
  reduction (insurer as addressee, the agency as sender, the child's physician in prose; denies nothing).
- photo_two_page_denied_hours_notice: two-page notice to a parent denying payment for hours above the new
  authorization, the span printed with only the end year, the lines on page 2 with From / To cells.
- rotated_annual_level_of_care_review_approval: the annual level-of-care review continuing TEFRA eligibility
  and nursing hours (denies nothing), parental fee and the last review period as decoys.
- lowres_temporary_increase_denial_subject_line: a temporary increase refused, the agency named only in the
  subject line, the physician only in a cc: line, "March 3 - April 2, 2026" shape plus full dates in a label.
- fine_stack_hearing_acknowledgement_then_dos_denial: a fax cover, a hearing-request acknowledgement with
  continued benefits (denies nothing), then a one-shift duplicate denial labelled DOS fed upside down, and the
  duplex back of its sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddi_famdia import DISheet
from public_kit import STREETS, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_katie_beckett_tefra_home_nursing_hours_reduction"
LANG = "en"
SEED = 351300
DHS = "Minnesota Department of Human Services"
MA = "Minnesota Medical Assistance"
AGENCY = "Bluestem Pediatric Home Nursing, LLC"
CLINIC = "Lakeshore Children's Clinic"
DOC = "Ansel P. Moorcroft"
RN = "Corinne T. Haverford, RN"
UNIT = "Home Care Nursing Authorizations"


def address(rng):
    """A Minnesota mailing address (invented street number, real town names only)."""
    town, z = rng.choice([("Mankato", "560"), ("St. Cloud", "563"), ("Duluth", "558"), ("Willmar", "562"),
                          ("Bemidji", "566"), ("Winona", "559")])
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{town} MN {z}{rng.randint(10, 99)}"]


def _dob(rng):
    return dt.date(rng.randint(2013, 2022), rng.randint(1, 12), rng.randint(1, 28))


def _ids(rng):
    return {"ma": digits(rng, 8), "case": digits(rng, 8), "sa": f"SA-2026-{digits(rng, 7)}"}


def _lh(p: DISheet, rng, unit: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(0, 60, 110)
    p.rect(p.l_margin, y, 14, 14, style="F")
    p.set_xy(p.l_margin + 17, y)
    p.f(13, "B")
    p.cell(0, 6.5, DHS, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 17)
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box 64{rng.randint(100, 999)}, St. Paul, MN 55164  |  651-555-{digits(rng, 4)}"
                 "  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 19)


def bd_reduction(rng):
    ids = _ids(rng)
    child = person(rng)
    parent = f"{person(rng)[1]} {child[3]}"
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 8))
    dec = plus(nd, -rng.randint(2, 5))
    eff = dt.date(2026, 6, 1)
    end = dt.date(2026, 11, 30)
    p = DISheet(footer="Page {n} of {nb}", footer_left="DHS-NOA-HCN (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, UNIT)
    p.line("NOTICE OF ACTION  -  Home Care Nursing Hours Reduced", 12, "B")
    p.ln(2)
    left = [f"{parent}\n" + "\n".join(address(rng)),
            f"Dear {parent}:",
            f"{child[0]} gets Medical Assistance for children with disabilities under the TEFRA option. Each year "
            "we review the home care nursing your child needs. A public health nurse assessed your child at home "
            f"on {fdate(plus(dec, -rng.randint(12, 20)), 'long')}.",
            f"What we decided: we will reduce the home care nursing hours your child gets from {AGENCY} from "
            "112 hours a week to 70 hours a week. The new hours are authorized from "
            f"{fdate(eff, 'long').replace(', 2026', '')} through {fdate(end, 'long')}.",
            "Why: the assessment found that your child's tracheostomy care and suctioning needs have gone down "
            "and night-time feeding is now done by pump. The extra hours are no longer medically necessary under "
            "Minnesota Statutes, section 256B.0651 and the home care rules.",
            "Your rights: you may ask for a state fair hearing. Your request must be received within 30 days of "
            "the date you receive this notice, or within 90 days if you have a good reason for being late. If "
            f"you appeal before {fdate(eff, 'long')}, or within 10 days of the date this notice was mailed, the "
            "112 hours will continue until the hearing decision.",
            f"Sincerely,\n\n{UNIT}\n{DHS}"]
    right = [("Date of this notice", fdate(nd, "slash")), ("Date of decision", fdate(dec, "slash")),
             ("Child", child[0]), ("Date of birth", fdate(_dob(rng), "slash")), ("MA ID (PMI)", ids["ma"]),
             ("Case number", ids["case"]), ("Service agreement no.", ids["sa"]),
             ("Effective date", fdate(eff, "slash")),
             ("Prior authorization period", f"{fdate(dt.date(2025, 12, 1), 'slash')} - "
                                            f"{fdate(dt.date(2026, 5, 31), 'slash')}"),
             ("New period", f"{fdate(eff, 'slash')} - {fdate(end, 'slash')}")]
    p.boxcol(left, right, left_w=106, size=9.3, title="Notice facts")
    p.para(f"Questions? Call {MA} at 651-555-{digits(rng, 4)} (TTY 711). You may bring a friend, relative or "
           "lawyer to the hearing.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=DHS, member_id=ids["ma"], member_name=child[0],
              cases=[ids["sa"]], service_dates=[span(eff, end)], denial_date=nd.isoformat(), provider=AGENCY,
              alternates={"insurer": [MA], "case_numbers": [[ids["sa"], ids["case"]]],
                          "service_dates": [[span(eff)]]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_ra(rng):
    kids = [person(rng) for _ in range(3)]
    mas = [digits(rng, 8) for _ in range(3)]
    ra = dt.date(2026, 7, 6) + dt.timedelta(days=rng.randint(0, 10))
    weeks = [dt.date(2026, 6, 7) + dt.timedelta(days=7 * k) for k in range(3)]
    rows, den = [], None
    plan = [(0, 0, 70, "PAID"), (1, 0, 56, "PAID"), (0, 1, 70, "PAID"), (0, 2, 84, "DENIED"), (2, 1, 42, "PAID")]
    for kid, wk, hrs, st in plan:
        a, b = weeks[wk], plus(weeks[wk], 6)
        billed = round(hrs * 4 * 13.25, 2)
        icn = f"{digits(rng, 13)}-0{rng.randint(1, 3)}"
        paid = "0.00" if st == "DENIED" else money(billed * 0.88, "nosign")
        rows.append([icn, f"{kids[kid][3].upper()}, {kids[kid][1].upper()} {kids[kid][2]}", mas[kid],
                     fdate(a, "short"), fdate(b, "short"), str(hrs * 4), money(billed, "nosign"), paid,
                     "N21" if st == "DENIED" else ""])
        if st == "DENIED":
            den = (kid, a, b, billed, icn)
    kid, a, b, billed, icn = den
    npi, tax, ran = digits(rng, 10), f"41-{digits(rng, 7)}", f"RA{digits(rng, 9)}"
    fax = (f"{ra.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  MHCP PROVIDER RA  651-555-{digits(rng, 4)}"
           f"  TO 612-555-{digits(rng, 4)}  P.{{n}}")
    p = DISheet(footer="Page {n} of {nb}", fax_hdr=fax, cont=f"Remittance advice {ran} continued  |  {AGENCY}")
    p.set_margins(13, 12, 13)
    p.add_page()
    _lh(p, rng, "Minnesota Health Care Programs - Provider Remittance Advice", y=10)
    p.capboxes([("Remittance date", fdate(ra, "slash"), 30), ("RA number", ran, 34), ("Pay-to provider", AGENCY, 66),
                ("NPI", npi, 28), ("Tax ID", tax, 26)])
    p.capboxes([("Provider type", "Home care nursing agency (PT 26)", 64), ("Payment method", "EFT", 30),
                ("Cycle", f"{fdate(plus(ra, -7), 'short')} to {fdate(ra, 'short')}", 50), ("Page", "1", 40)])
    p.band("CLAIMS ADJUDICATED THIS CYCLE", 8)
    p.table(["ICN", "Recipient", "MA ID", "From", "To", "Units\n(15 min)", "Billed", "Paid", "Remark"], rows,
            [30, 38, 18, 15, 15, 15, 18, 18, 13], size=7.5, row_h=5, aligns=["L", "L", "L", "L", "L", "R", "R", "R",
                                                                           "L"])
    p.para("Remark N21: units billed exceed the units on the recipient's approved service agreement for these "
           "dates. The hours over the authorized 70 hours a week are denied; the service agreement was reduced "
           f"effective {fdate(dt.date(2026, 6, 1), 'slash')}. Do not bill the family for denied hours.", 7.6)
    p.add_page()
    p.band("DENIED CLAIM DETAIL", 8)
    p.capboxes([("Recipient", kids[kid][0], 48), ("MA ID", mas[kid], 26), ("ICN", icn, 40),
                ("Billed amount", money(billed), 30), ("Status", "DENIED", 22)])
    p.capboxes([("Service from", fdate(a, "slash"), 34), ("Service to", fdate(b, "slash"), 34),
                ("Service agreement", f"SA-2026-{digits(rng, 7)}", 46), ("Authorized", "70 hrs/week", 40)])
    p.para("Claims must be submitted within 12 months of the date of service. To ask about a denied claim, call "
           f"the Provider Call Center at 651-555-{digits(rng, 4)}. Corrected claims use frequency code 7.", 7.6)
    t = truth("eob", "prior_authorization", insurer=DHS, member_id=mas[kid], member_name=kids[kid][0], cases=[icn],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=ra.isoformat(), provider=AGENCY,
              alternates={"insurer": [MA, "Minnesota Health Care Programs"]},
              denial_alternates=["other", "not_covered"])
    return out(p), t


def scan300_agency_letter(rng):
    ids = _ids(rng)
    child = person(rng)
    ld = dt.date(2026, 5, 26) + dt.timedelta(days=rng.randint(0, 6))
    eff, end = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    p = DISheet(serif=True, footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, AGENCY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Rochester, MN 559{rng.randint(10, 99)}  |  507-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [DHS, UNIT, f"PO Box 64{rng.randint(100, 999)}", "St. Paul, MN 55164"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"{child[0]}, MA ID {ids['ma']}",
                f"Service agreement {ids['sa']}, reconsideration of reduced hours"], 9.5)
    p.para("To the Home Care Nursing Authorizations unit:", 10)
    p.para(f"We ask the Department to reconsider the reduction of home care nursing for {child[0]} from 112 to 70 "
           f"hours a week for {fdate(eff, 'long')} through {fdate(end, 'long')}. Our nurses have cared for "
           f"{child[1]} at home since 2023 under the TEFRA option.", 10)
    p.para(f"Dr. {DOC} of {CLINIC} saw {child[1]} on {fdate(plus(ld, -9), 'long')} and documented two "
           "aspiration events and new oxygen needs at night since the assessment. The assessment also did not "
           "count the seizure monitoring our nurses do overnight. A plan of care signed by the physician is "
           "enclosed with the nursing notes for the last 60 days.", 10)
    p.para("We understand the family may also ask for a state fair hearing. Please call our clinical manager "
           "with any questions.", 10)
    p.para(f"Sincerely,\n\n{RN}\nClinical Manager, {AGENCY}", 10)
    p.para(f"cc: {child[3]} family; Dr. {DOC}, {CLINIC}", 8.5)
    t = truth("other", None, insurer=DHS, member_id=ids["ma"], member_name=child[0], cases=[ids["sa"]],
              service_dates=[span(eff, end)], denial_date=ld.isoformat(), provider=AGENCY,
              alternates={"insurer": [None], "service_dates": [[]], "provider": [RN.replace(", RN", "")]})
    return out(p), t


def photo_denied_hours(rng):
    ids = _ids(rng)
    child = person(rng)
    parent = f"{person(rng)[1]} {child[3]}"
    nd = dt.date(2026, 7, 20) + dt.timedelta(days=rng.randint(0, 7))
    a, b = dt.date(2026, 6, 1), dt.date(2026, 6, 28)
    wk = [(plus(a, 7 * k), plus(a, 7 * k + 6), rng.choice([12, 14, 16])) for k in range(4)]
    rate = 13.25
    lines = [(x, y, h, round(h * 4 * rate, 2)) for x, y, h in wk]
    tot = round(sum(v for *_, v in lines), 2)
    claim = f"{digits(rng, 13)}-02"
    p = DISheet(footer="Page {n} of {nb}", cont=f"Notice of denied payment  |  {child[0]}  |  MA ID {ids['ma']}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Medical Assistance Claims")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Notice of Denied Payment for Home Care Nursing", 11.5, "B")
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"This notice is about the home care nursing services {child[0]} received from {AGENCY} from "
           f"June 1 - June 28, 2026. The agency billed Medical Assistance for more hours than your child's "
           "service agreement allows. Your child's hours were reduced to 70 hours a week starting "
           f"{fdate(a, 'long')}. We denied payment for the hours over 70 each week, a total of "
           f"{sum(h for *_, h in wk)} hours billed at {money(tot)} on claim {claim}.", 10)
    p.para("The agency may not bill you for the denied hours. If your child's needs have changed, the agency or "
           "your child's doctor may ask for a new assessment.", 10)
    p.para("The denied lines are listed on page 2.", 10)
    p.add_page()
    p.heading("Denied lines", 10.5)
    p.table(["Service from", "Service to", "Hours over 70", "Billed", "Status"],
            [[fdate(x, "slash"), fdate(y, "slash"), str(h), money(v), "Denied"] for x, y, h, v in lines] +
            [["", "", "Total", money(tot), ""]], [34, 34, 30, 30, 30], size=9, bold_last=True)
    p.heading("Your right to appeal", 10.5)
    p.para("You may ask for a state fair hearing. We must receive your request within 30 days of the date you "
           "receive this notice (90 days with good cause). Write to the Appeals Division of the Minnesota "
           "Department of Human Services or call your county. Date of birth on file: "
           f"{fdate(_dob(rng), 'slash')}.", 9.5)
    p.para(f"Sincerely,\nMedical Assistance Claims, {DHS}", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=DHS, member_id=ids["ma"], member_name=child[0],
              cases=[claim], claim_amount=m2(tot), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=AGENCY, alternates={"insurer": [MA], "service_dates": [[span(x, y) for x, y, _ in wk]]},
              denial_alternates=["not_covered", "other"])
    return out(p), t


def rotated_review(rng):
    ids = _ids(rng)
    child = person(rng)
    parent = f"{person(rng)[1]} {child[3]}"
    nd = dt.date(2026, 8, 3) + dt.timedelta(days=rng.randint(0, 10))
    a, b = dt.date(2026, 9, 1), dt.date(2027, 2, 28)
    p = DISheet(footer="Page {n} of {nb}", footer_left="DHS-TEFRA-LOC (01/26)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "TEFRA Disability and Level of Care Review")
    p.line("Annual Level of Care Review - Results", 12, "B")
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "abbr")), ("Child", child[0]), ("MA ID", ids["ma"]),
             ("Case number", ids["case"]), ("Last review period", "09/01/2025 - 08/31/2026"),
             ("Parental fee (monthly)", money(rng.choice([48, 72, 115, 160])))], label_w=50, size=9.5)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We finished the yearly review of {child[0]}'s level of care. Your child still needs the level of "
           "care provided in a hospital, can be safely cared for at home, and the cost of home care is not more "
           "than the cost of institutional care. Your child stays eligible for Medical Assistance under the "
           "TEFRA option.", 10)
    p.para(f"Home care nursing from {AGENCY} is approved for 84 hours a week from {fdate(a, 'long')} through "
           f"{fdate(b, 'long')} under service agreement {ids['sa']}. You do not need to do anything.", 10)
    p.para("The parental fee is reviewed each year with your income. If you disagree with any part of this "
           "notice, you may ask for a state fair hearing within 30 days of the date you receive it.", 10)
    p.para(f"Sincerely,\nTEFRA Review Team, {DHS}", 10)
    t = truth("other", None, insurer=DHS, member_id=ids["ma"], member_name=child[0], cases=[ids["sa"]],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=AGENCY,
              alternates={"insurer": [MA], "case_numbers": [[], [ids["sa"], ids["case"]]], "service_dates": [[]]})
    return out(p), t


def lowres_temp_increase(rng):
    ids = _ids(rng)
    child = person(rng)
    parent = f"{person(rng)[1]} {child[3]}"
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(3, 6))
    a, b = dt.date(2026, 3, 3), dt.date(2026, 4, 2)
    req = f"TI-{digits(rng, 8)}"
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, UNIT)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.f(10, "B")
    p.multi_cell(0, 5, f"Subject: Request from {AGENCY} for a temporary increase in home care nursing hours for "
                       f"{child[0]}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("MA ID", ids["ma"]), ("Case number", ids["case"]), ("Request number", req),
             ("Request received", fdate(rec, "slash")),
             ("Requested period", f"{fdate(a, 'slash')} thru {fdate(b, 'slash')}")], label_w=42, size=9.5, h=5)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para("We received a request to increase your child's home care nursing from 98 to 126 hours a week for "
           "March 3 - April 2, 2026 while your child recovers from pneumonia.", 10)
    p.para("We denied the request. The records sent show your child went home from the hospital on room air and "
           "the current 98 hours a week cover the added treatments. The extra hours are not medically necessary. "
           "Your current hours do not change.", 10)
    p.para("You may ask for a state fair hearing. Your request must reach the Department within 30 days of the "
           "date you receive this notice. You can ask for an expedited hearing if waiting could seriously harm "
           "your child's health.", 10)
    p.para(f"Sincerely,\n\n{UNIT}\n{DHS}", 10)
    p.para(f"cc: Dr. {DOC}, {CLINIC}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=DHS, member_id=ids["ma"], member_name=child[0],
              cases=[req], service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=AGENCY,
              alternates={"insurer": [MA], "case_numbers": [[req, ids["case"]]], "service_dates": [[span(a)]],
                          "provider": [DOC]})
    return out(p), t


def fine_stack(rng):
    ids = _ids(rng)
    child = person(rng)
    parent = f"{person(rng)[1]} {child[3]}"
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 5))
    eff, end = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    hr = f"26-{digits(rng, 6)}"
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Appeals Division")
    p.line("We received your appeal", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("Appellant", parent), ("Child", child[0]), ("MA ID", ids["ma"]),
             ("Appeal docket no.", hr)], label_w=40, size=9.5)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We received your request for a state fair hearing about the reduction of home care nursing for "
           f"{child[0]} (service agreement {ids['sa']}). Because you appealed before the effective date, your "
           f"child's 112 hours a week will continue from {fdate(eff, 'long')} until the human services judge "
           "decides. If the judge agrees with the reduction, you may have to pay back the cost of the extra "
           "hours.", 10)
    p.para(f"A telephone hearing will be scheduled; you will get a notice at least 10 days before. The agency, "
           f"{AGENCY}, will be told that the hours continue.", 10)
    doc1 = (out(p), truth("other", None, insurer=DHS, member_id=ids["ma"], member_name=child[0], cases=[hr],
                          service_dates=[], denial_date=nd.isoformat(), provider=AGENCY,
                          alternates={"case_numbers": [[hr, ids["sa"]], [ids["sa"]]], "provider": [None],
                                      "service_dates": [[span(eff, end)], [span(eff)]]}))
    nd2 = dt.date(2026, 7, 27) + dt.timedelta(days=rng.randint(0, 5))
    dos = dt.date(2026, 7, 4)
    billed = round(8 * 4 * 13.25, 2)
    icn = f"{digits(rng, 13)}-01"
    q = DISheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng, "Medical Assistance Claims")
    q.line("Notice of Denied Payment", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd2, "slash")), ("Child", child[0]), ("MA ID", ids["ma"]), ("ICN", icn),
             ("DOS", fdate(dos, "slash")), ("Billed", money(billed)), ("Agency", AGENCY)], label_w=32, size=9.5)
    q.ln(2)
    q.para(f"Dear {parent}:", 10)
    q.para("We denied one 8-hour night shift billed by the agency. The same hours on the same date were already "
           "paid on another claim from the agency, so this is a duplicate. The agency may not bill you.", 10)
    q.para("You may ask for a state fair hearing within 30 days of the date you receive this notice.", 10)
    doc2 = (out(q), truth("denial_letter", "other", insurer=DHS, member_id=ids["ma"], member_name=child[0],
                          cases=[icn], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd2.isoformat(), provider=AGENCY, alternates={"insurer": [MA]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_hours_reduction_notice", "born_digital", [bd_reduction(rng)]),
        Item(F + "faxstd_remittance_advice_claim_rows", "fax_standard_g4", [faxstd_ra(rng)]),
        Item(F + "scan300_agency_letter_to_department", "scan_clean_300", [scan300_agency_letter(rng)]),
        Item(F + "photo_two_page_denied_hours_notice", "phone_photo", [photo_denied_hours(rng)]),
        Item(F + "rotated_annual_level_of_care_review_approval", "rotated", [rotated_review(rng)]),
        Item(F + "lowres_temporary_increase_denial_subject_line", "scan_lowres_150", [lowres_temp_increase(rng)]),
        Item(F + "fine_stack_hearing_acknowledgement_then_dos_denial", "fax_fine_g4", fine_stack(rng),
             separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
