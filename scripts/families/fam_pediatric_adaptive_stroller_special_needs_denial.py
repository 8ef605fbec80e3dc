"""Family 'pediatric_adaptive_stroller_special_needs_denial': adaptive (special needs) strollers and positioning
seats for children with cerebral palsy or hypotonia (HCPCS E1231 pediatric tilt-in-space base with seating,
E1035 multi-positional transfer/positioning system, E0190 positioning wedge) refused as a convenience item that is
not durable medical equipment, or because a wheelchair was already covered for the same need.

Documents: a state Medicaid waiver program's notice of action in two columns (labels and values left, decision
right; reconsideration, fair hearing and continuation limits); a duplex-scanned stack of a commercial plan's
two-page denial letter (running header, blank back page) and the DME supplier's quote the parent stapled behind
it; an appeal decision that overturns the denial, fed sideways; a landscape TPA EOB with three claims (therapy
evaluation and a wheelchair repair paid, the supplier's stroller claim denied); a Medicaid MCO's prior
authorization fax form to the supplier refusing a positioning system; a memo-style first-level appeal decision
upholding a positioning seat denial (phone photo); a paid EOB for the tilt-in-space wheelchair (nothing denied).

Decoys: the subscriber parent, the child's DOB, request-received dates, NPIs, quote and patient account numbers,
the wheelchair approved earlier, paid claims, fair-hearing (90-day), continuation (10-day), expedited (72-hour)
and external-review limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_adaptive_stroller_special_needs_denial"
LANG = "en"
SEED = 288600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Little Wheels Pediatric Mobility", "Hearthstone Home Medical Supply", "BrightPath Rehab Equipment"]
DOCTORS = ["Dr. Annika S. Rowe", "Dr. Tobias E. Marchand", "Dr. Helena V. Ostrowski"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16),
                 orientation: str = "P"):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['402', '605', '701', '406'])}) 555-{r.digits(4)}"


def family(r: Rand) -> dict:
    parent, pfirst, _, last = r.person()
    cfirst = r.choice([x for x in FIRST if x != pfirst])
    child = f"{cfirst} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    day = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(parent=parent, pfirst=pfirst, child=child, cfirst=cfirst, last=last, addr=r.address(), day=day,
                dob=dt.date(r.randint(2016, 2022), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=r.phone())


def kv(d: Page, rows: list[tuple[str, str]], lw: float, size: float = 9.5, x: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(0, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------------ A: Medicaid waiver notice, two columns
def doc_waiver(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Dakota Plains Department of Human Services"
    prog = "Children's Medically Fragile Waiver"
    mid = f"{r.letters(1)}{r.digits(8)}"
    notice_no = f"NOA-{r.digits(6)}"
    sup = SUPPLIERS[0]
    recv = f["day"] - dt.timedelta(days=r.randint(20, 30))
    notice = f["day"]
    amount = float(r.randint(2600, 4300)) + 0.5 * r.randint(0, 1)
    wc_date = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    d = Page("DPDHS-WVR-118 (Rev. 07/2025)", margins=(14, 12, 14))
    d.add_page()
    d.text_line("DAKOTA PLAINS", 18, "B", h=8)
    d.text_line(f"{ins}  ·  Waiver Services Unit  ·  600 Capitol Avenue, Fargo, ND 58102", 8.4, h=4.5)
    d.rule(1.0, 5)
    d.text_line(f"NOTICE OF ACTION  -  {prog}", 12.5, "B", h=7)
    d.ln(3)
    y0 = d.get_y()
    left = [("Notice date", fmt_date(notice, "long")), ("Notice number", notice_no), ("Participant", f["child"]),
            ("Medicaid ID", mid), ("Date of birth", fmt_date(f["dob"], "slash")),
            ("Parent / representative", f["parent"]), ("Waiver case manager", "Rhonda K. Vail, " + phone(r)),
            ("Provider requesting", sup), ("Provider NPI", f["npi"]),
            ("Item", "Adaptive stroller, pediatric, with seating (E1231)"),
            ("Amount requested", fmt_money(amount)), ("Request received", fmt_date(recv, "long")),
            ("Action", "DENIED")]
    yy = y0
    for lab, val in left:
        d.set_xy(14, yy)
        d.font(7, "B")
        d.cell(58, 3.6, lab.upper())
        d.set_xy(14, yy + 3.7)
        d.font(9.2)
        d.multi_cell(58, 4.4, val)
        yy = d.get_y() + 1.8
    d.set_line_width(0.3)
    d.line(76, y0, 76, max(yy, y0 + 150))
    d.set_left_margin(80)
    d.set_xy(80, y0)
    d.para(f"Dear {f['parent']}:", 9.8)
    d.para(f"The waiver program reviewed the request from {sup} for an adaptive stroller for {f['child']} under "
           "the Specialized Medical Equipment and Supplies service of the waiver. The request is denied.", 9.8)
    d.text_line("Reason for this action", 10, "B", h=6)
    d.para(f"{f['cfirst']} received a pediatric tilt-in-space wheelchair with a custom seating system paid by "
           f"Medicaid on {fmt_date(wc_date, 'long')}. That wheelchair meets the same mobility and positioning needs. "
           "The waiver does not pay for a second mobility device for the same need, and an adaptive stroller used "
           "for the family's convenience when travelling is not a covered waiver service. Rule: Dakota Plains "
           "Admin. Code 75-03-23-07(4) and the approved waiver, Appendix C-1.", 9.8)
    d.text_line("If you disagree", 10, "B", h=6)
    d.para("1. Reconsideration: you may ask the Waiver Services Unit to reconsider within 30 days of the date of "
           "this notice. Send any new information from the child's doctor or therapist.", 9.8)
    d.para("2. State fair hearing: you may also ask for a fair hearing within 90 days of the date this notice was "
           "mailed. You may speak for yourself or have a lawyer, relative or friend speak for you. Legal aid may "
           "be available at no cost.", 9.8)
    d.para("3. Continued services: this action does not reduce a service you already get, so there is nothing to "
           "continue. If it did, you would need to ask within 10 days.", 9.8)
    d.para("Waiver Services Unit\nDakota Plains Department of Human Services", 9.8)
    d.set_left_margin(14)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[notice_no], claim_amount=m2(amount), denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=30)), denial_alternates=["medical_necessity"],
              alternates={"claim_amount": [None], "insurer": [prog]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ B: duplex stack: 2-page letter + supplier quote
def doc_plan_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Granite Peak Health Plan"
    notice = f["day"]
    by = notice + dt.timedelta(days=180)
    d = Page("Granite Peak Health Plan  |  GPHP-DN-22  |  Page {p} of {n}",
             head=f"{f['child']}  ·  Reference {f['ref']}  ·  {fmt_date(notice, 'slash')}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("Granite Peak", 19, "B", h=8.5)
    d.text_line("HEALTH PLAN", 8.5, "B", h=4.5)
    d.ln(4)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    kv(d, [("Date:", fmt_date(notice, "slash")), ("Member:", f["child"]), ("ID number:", f["mid"]),
           ("Group:", f["grp"]), ("Reference:", f["ref"])], 24, 9, x=118)
    d.ln(8)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10)
    d.para(f"{f['sup']} asked us on behalf of {f['doc']} to cover an adaptive stroller (HCPCS E1231, "
           f"\"{f['model']}\") with a positioning wedge (E0190) for your child, {f['child']}. We received the "
           f"request on {fmt_date(f['recv'], 'long')}. After review, we are not able to cover these items.", 10)
    d.text_line("The reason for our decision", 10.5, "B", h=6)
    d.para("Your plan covers durable medical equipment (DME) that is primarily and customarily used to serve a "
           "medical purpose and is generally not useful to a person without an illness or injury. Your Evidence "
           "of Coverage, Section 6.4 (Durable Medical Equipment), and the exclusions in Section 9, item 14, do not "
           "cover strollers, including adaptive or special needs strollers, car seats, or other items that are "
           "mainly for the comfort or convenience of the member or the family. A stroller is pushed by a caregiver "
           "for transport in the community; it is not a wheelchair and is not considered DME under your plan. "
           "The positioning wedge was requested only for use in the stroller, so it is also denied.", 10)
    d.para(f"This decision was made under your plan's benefit terms. It is not a decision that {f['cfirst']} does "
           "not need mobility equipment. If the doctor believes a wheelchair is needed, the supplier may send a "
           "new request for a wheelchair with a seating system.", 10)
    d.add_page()
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(f"If you disagree, you may file an appeal. We must receive your appeal by {fmt_date(by, 'long')}. "
           "Send it to Granite Peak Health Plan, Member Appeals, PO Box 4620, Rapid Butte, SD 57701, or fax it "
           f"to {phone(r)}. You may include letters from the doctor or therapist.", 10)
    d.para("If your child's health would be in serious jeopardy by waiting, you may ask for an expedited appeal, "
           "which we decide within 72 hours. After our final decision you may ask for an external review by an "
           "independent review organization within four months.", 10)
    d.para("You may ask, free of charge, for copies of all documents, records and other information relevant to "
           "this decision, and for the diagnosis and treatment codes and their meanings. Such a request is not an "
           "appeal. You may also contact the Employee Benefits Security Administration at 1-866-444-3272.", 10)
    d.para("You have the right to bring a civil action under section 502(a) of ERISA after you complete the "
           "appeal process.", 10)
    d.para("Sincerely,\n\nBenefit Determination Unit\nGranite Peak Health Plan", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["ref"]], denial_date=iso(notice), provider=f["sup"],
              appeal_deadline=iso(by), alternates={"provider": [f["doc"].replace("Dr. ", "")]})
    return pdf_bytes(d), t


def doc_quote(r: Rand, f: dict) -> tuple[bytes, dict]:
    qdate = f["recv"] - dt.timedelta(days=r.randint(3, 8))
    qno = f"Q-{r.digits(5)}"
    items = [("E1231", f"{f['model']} base with tilt and seating", 1, float(r.randint(2350, 3200))),
             ("E0190", "Positioning wedge, contoured", 1, float(r.randint(140, 240))),
             ("E1028", "Swing-away mounting hardware", 1, float(r.randint(180, 260))),
             ("--", "Canopy and rain cover (not billed to insurance)", 1, 95.0)]
    total = sum(x[2] * x[3] for x in items)
    d = Page(f"{f['sup']}  ·  Quote {qno}  ·  prices valid 60 days", margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["sup"], 15, "B", h=7)
    d.text_line(f"Pediatric seating and mobility  ·  2200 Dell Range Road, Bellingham, WA 98225  ·  {phone(r)}",
                8.3, h=4.5)
    d.ln(3)
    d.set_fill_color(215, 215, 215)
    d.font(11, "B")
    d.cell(0, 8, "  EQUIPMENT QUOTE / ESTIMATE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([("Quote no.", qno, 30), ("Quote date", fmt_date(qdate, "dmy"), 32), ("Client", f["child"], 58),
             ("Prescriber", f["doc"], 64)], h=11)
    d.boxes([("Insurance", "Granite Peak Health Plan", 56), ("Member ID", f["mid"], 40),
             ("Prior authorization", "Submitted - pending", 40), ("Therapist", "Mara J. Lindqvist, PT", 48)], h=11)
    d.ln(5)
    rows = [[c, ds, str(q), fmt_money(p), fmt_money(q * p)] for c, ds, q, p in items]
    rows.append(["*Quote total", "", "", "", fmt_money(total)])
    d.table(["HCPCS", "Description", "Qty", "Unit price", "Extended"], rows, [20, 100, 12, 26, 26], size=8.8,
            aligns="LLRRR", head_fill=True)
    d.para("This is an estimate, not a bill. Final pricing depends on your insurance's allowed amounts. If your "
           "insurance denies the equipment, you may purchase it privately at the prices above less 10%, or we can "
           "help you apply to a charitable equipment fund. Delivery and fitting by our ATP after approval.", 8.8)
    d.para("Parent/guardian signature: ______________________   Date: __________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], claim_amount=m2(total),
              denial_date=iso(qdate), provider=f["sup"], unscored=["insurer"],
              alternates={"case_numbers": [[qno]], "claim_amount": [None], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(mid=f"GPH{r.digits(9)}", grp=f"{r.digits(4)}-{r.letters(2)}", ref=f"DME-{r.digits(4)}-{r.digits(6)}",
             sup=SUPPLIERS[1], doc=DOCTORS[0], model=r.choice(["KinderTrek Adaptive 2", "Wayfarer Special Needs 14"]))
    f["recv"] = f["day"] - dt.timedelta(days=r.randint(9, 14))
    letter = doc_plan_letter(r, f)
    quote = doc_quote(r, f)
    return Item(f"{FAMILY}_duplex_stack", "scan_clean_300", [letter, quote], separators=["duplex", None])


# ------------------------------------------------------------------ C: overturned appeal (rotated)
def doc_overturned(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Bitterroot Community Health Plan"
    mid, grp = f"BCH-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(7)}"
    appeal, orig = f"APL{r.digits(7)}", f"{r.digits(10)}"
    sup = SUPPLIERS[2]
    notice = f["day"]
    auth = f"{r.digits(9)}"
    d = Page("Bitterroot Community Health Plan · Appeals · {p}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Bitterroot Community Health Plan", 14, "B", align="C", h=7)
    d.text_line("Grievance and Appeals Department · 310 Ponderosa Way, Pueblo, CO 81003", 8.5, align="C", h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.set_line_width(0.5)
    y = d.get_y()
    d.rect(24, y, 168, 27)
    d.set_xy(27, y + 2)
    kv(d, [("Member:", f"{f['child']}     ID {mid}     Group {grp}"), ("Appeal number:", appeal),
           ("Original decision:", f"{orig} (adaptive positioning stroller, E1231)"),
           ("Appeal decision:", "OVERTURNED - APPROVED")], 36, 9.3, x=27)
    d.set_y(y + 31)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10)
    d.para(f"We have finished reviewing your appeal of our decision not to cover an adaptive positioning stroller "
           f"for {f['child']}, requested by {sup}. A physician board certified in physical medicine and "
           "rehabilitation who was not involved in the first decision reviewed the appeal, the letter from the "
           "child's neurologist and the physical therapy seating evaluation.", 10)
    d.para(f"We are reversing our earlier decision. The records show {f['cfirst']} cannot sit upright without "
           "full trunk and head support, is dependent for all mobility, and cannot use a wheelchair in the home, "
           "where doorways are too narrow for the wheelchair frame. In this case the stroller base with a seating "
           "system serves a medical purpose and meets the plan's DME criteria.", 10)
    d.para(f"Authorization number {auth} is approved for one adaptive stroller base with seating (E1231). "
           f"{sup} will contact you to schedule delivery and fitting. Your usual DME coinsurance applies.", 10)
    d.para("You do not need to do anything else. Thank you for giving us more information.", 10)
    d.para(f"Sincerely,\n\nGrievance and Appeals Department\n{ins}\n\nDate of birth on file: "
           f"{fmt_date(f['dob'], 'long')}", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[appeal, orig, auth], denial_date=iso(notice), provider=sup,
              alternates={"case_numbers": [[appeal], [appeal, orig], [auth], [appeal, auth]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ D: landscape TPA EOB, three claims
def doc_tpa_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Cornerstone Benefit Services"
    plan = "Harlan County Schools Employee Benefit Plan"
    sub_id, grp = f"CBS{r.digits(8)}", f"HCS{r.digits(4)}"
    stmt = f["day"]
    sup = SUPPLIERS[0]
    dates = [stmt - dt.timedelta(days=r.randint(40, 60)), stmt - dt.timedelta(days=r.randint(30, 38)),
             stmt - dt.timedelta(days=r.randint(18, 26))]
    c = [f"{r.digits(2)}{r.letters(1)}{r.digits(8)}" for _ in range(3)]
    claims = [(c[0], "Mountain Sky Pediatric Therapy", dates[0], [("97162", "PT evaluation, moderate", 260.0, 1)]),
              (c[2], sup, dates[2], [("E1231", "Adaptive stroller w/ seating", float(r.randint(2400, 3300)), 0),
                                     ("E0190", "Positioning wedge", float(r.randint(140, 230)), 0)]),
              (c[1], "Hearthstone Home Medical Supply", dates[1],
               [("K0108", "Wheelchair repair, caster assembly", float(r.randint(150, 260)), 1)])]
    d = Page("Cornerstone Benefit Services - Explanation of Benefits - THIS IS NOT A BILL - Page {p} of {n}",
             margins=(12, 10, 12), orientation="L")
    d.add_page()
    d.text_line("CORNERSTONE BENEFIT SERVICES", 15, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}  ·  PO Box 1180, Duluth, MN 55802  ·  {f['ph']}", 8.3, h=4.5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.7)
    d.set_y(y)
    kv(d, [("EOB date", fmt_date(stmt, "abbr")), ("Employee", f["parent"]), ("Employee ID", sub_id),
           ("Group", grp), ("Patient", f"{f['child']} (child)")], 30, 8.8, x=170)
    d.ln(4)
    rows = []
    for cn, prov, day, lines in claims:
        for code, desc, amt, ok in lines:
            allowed = round(amt * 0.8, 2) if ok else 0.0
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2) if ok else amt
            rows.append([cn, prov, fmt_date(day, "slash"), code, desc, fmt_money(amt, "nosign"),
                         fmt_money(allowed, "nosign"), fmt_money(paid, "nosign"), fmt_money(owe, "nosign"),
                         "" if ok else "X7"])
    d.table(["Claim no.", "Provider", "Service", "Code", "Description", "Charged", "Allowed", "Paid", "Your share",
             "Rmk"], rows, [28, 52, 22, 14, 56, 20, 20, 20, 20, 10], size=7.8, aligns="LLLLLRRRRL", head_fill=True)
    billed = sum(x[2] for x in claims[1][3])
    d.para(f"Claim {c[2]} total charged: {fmt_money(billed)}.  Plan paid this EOB: "
           f"{fmt_money(sum(round(x[2] * 0.64, 2) for cl in claims for x in cl[3] if x[3]))}.", 8.6)
    d.text_line("Remark", 9.3, "B", h=5)
    d.para("X7  Strollers, including adaptive or special needs strollers, and their accessories are convenience "
           "items and are not durable medical equipment under the Plan (SPD Article VII, Exclusion 31). Charges "
           "are not covered. The Plan covers a wheelchair when medically necessary.", 8.6)
    d.para("Appeal rights: you may appeal in writing within 180 days after you receive this EOB. Send your appeal "
           "to Cornerstone Benefit Services, Appeals, at the address above. You may have the right to file suit "
           "under ERISA section 502(a) after the appeal process.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=sub_id, member_name=f["child"],
              case_numbers=[c[2]], claim_amount=m2(billed), service_dates=[iso(dates[2])], denial_date=iso(stmt),
              provider=sup, alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ E: Medicaid MCO PA fax form (standard fax)
def doc_pa_fax(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Prairie Sun Health Plan"
    mid = f"{r.digits(11)}"
    req = f"PS-PA-{r.digits(8)}"
    sup = SUPPLIERS[1]
    doc = DOCTORS[2]
    recv = f["day"] - dt.timedelta(days=r.randint(5, 9))
    notice = f["day"]
    start = notice + dt.timedelta(days=r.randint(10, 20))
    d = Page("Prairie Sun Health Plan - Medicaid Managed Care - UM fax form PS-UM-40", margins=(14, 12, 14))
    d.add_page()
    d.text_line("PRAIRIE SUN HEALTH PLAN", 14, "B", h=7)
    d.text_line(f"Medicaid Managed Care  ·  Utilization Management  ·  Fax {phone(r)}  ·  Phone {phone(r)}", 8.3,
                h=4.5)
    d.ln(2)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - FAX", 12, "B", h=7)
    d.ln(1)
    d.boxes([("To (provider)", sup, 92), ("Provider fax", phone(r), 40), ("Date of determination",
             fmt_date(notice, "mdy_nopad"), 50)], h=12)
    d.boxes([("Member", f["child"], 64), ("Medicaid member ID", mid, 46), ("Date of birth",
             fmt_date(f["dob"], "mdy_nopad"), 30), ("Request #", req, 42)], h=12)
    d.boxes([("Ordering physician", doc, 70), ("Received", fmt_date(recv, "mdy_nopad"), 36),
             ("Requested start date", fmt_date(start, "mdy_nopad"), 40), ("Units", "1", 36)], h=12)
    d.boxes([("HCPCS / description", "E1035  Multi-positional patient transfer and positioning system", 182)],
            h=12)
    d.ln(4)
    d.font(10, "B")
    d.cell(0, 6, "Determination:   [  ] Approved     [X] Denied     [  ] Pended for information",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Reason: The member has a tilt-in-space wheelchair with a custom molded seat (E1231) covered by this plan "
           "in the past 12 months. The records and the therapist's notes do not show why the member cannot be "
           "positioned for feeding, care and transfers in the covered wheelchair seating system, or why two caregivers "
           "cannot complete the transfer. The multi-positional system is not medically necessary. Criteria: plan "
           "DME guideline DME-114 (Positioning and Transfer Systems).", 9.5)
    d.para("Member appeal rights: the member or the provider with the member's written consent may ask for an "
           "appeal within 60 days from the date on this notice. A State Fair Hearing may be requested within 120 "
           "days after the appeal decision. Expedited appeals: 72 hours. A letter with these rights was mailed to "
           "the member's parent today.", 9.5)
    d.para("Peer-to-peer discussion with the medical director: call within 5 business days of this fax.", 9.5)
    d.para("CONFIDENTIAL: this fax contains protected health information. If received in error, notify the sender.",
           8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[req], service_dates=[iso(start)], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"service_dates": [[]], "provider": [doc.replace("Dr. ", "")]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ F: memo-style upheld appeal (phone photo)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Silver Lantern Health Insurance Company"
    mid, grp = f"SL{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(6)}"
    appeal = f"GA-{r.digits(2)}-{r.digits(6)}"
    claim = f"{r.digits(13)}"
    sup = SUPPLIERS[2]
    dos = f["day"] - dt.timedelta(days=r.randint(70, 100))
    notice = f["day"]
    billed = float(r.randint(900, 1600))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Silver Lantern Health", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Appeals, PO Box 9080, Erie, PA 16501", 8.5, h=4.6)
    d.ln(6)
    d.text_line("APPEAL DECISION", 12, "B", h=7)
    d.ln(1)
    kv(d, [("TO:", f"{f['parent']}, parent of {f['child']}"), ("FROM:", "Appeals Review Unit"),
           ("DATE:", fmt_date(notice, "abbr")), ("RE:", f"Appeal {appeal}  ·  Claim {claim}"),
           ("", f"Member ID {mid}  ·  Group {grp}")], 20, 10)
    d.rule(0.4, 4)
    d.para(f"You asked us to review the denial of the claim from {sup} for an adaptive positioning seat "
           f"(E0190 with activity chair base) delivered to {f['child']} on {fmt_date(dos, 'abbr')}, charged at "
           f"{fmt_money(billed)}.", 10)
    d.para("Decision: UPHELD. Your plan's durable medical equipment benefit excludes items that are primarily for "
           "convenience, comfort, education or play, including feeding, activity and bath chairs. The seat was "
           "requested for use at the kitchen table and in the classroom. The records do not show a medical use "
           "that a covered wheelchair or the school's own equipment could not meet. The seat is not covered.", 10)
    d.para("What you can do next: you may ask for a second-level appeal within 60 days of the date of this letter. "
           "After that, you may ask for an external review within 4 months of the final decision. For urgent care, "
           "expedited external review is available (72 hours).", 10)
    d.para(f"Questions: {f['ph']}.  The child's date of birth on file is {fmt_date(f['dob'], 'abbr')}.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ G: paid EOB for the wheelchair (low-res)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Granite Peak Health Plan"
    mid, grp = f"GPH{r.digits(9)}", f"{r.digits(4)}-{r.letters(2)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    sup = SUPPLIERS[0]
    dos = f["day"] - dt.timedelta(days=r.randint(25, 35))
    stmt = f["day"]
    lines = [("E1231-NU", "Wheelchair, pediatric, tilt-in-space, with seating", float(r.randint(4800, 6200))),
             ("E2609", "Custom fabricated seat cushion", float(r.randint(900, 1400))),
             ("E2617", "Custom fabricated back cushion", float(r.randint(900, 1400)))]
    billed = sum(x[2] for x in lines)
    d = Page("Granite Peak Health Plan  ·  EOB  ·  {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Granite Peak", 17, "B", h=8)
    d.text_line("HEALTH PLAN  ·  Explanation of Benefits  ·  This is not a bill", 8.5, "B", h=4.6)
    d.ln(4)
    kv(d, [("Statement date", fmt_date(stmt, "long")), ("Member", f["child"]), ("Member ID", mid),
           ("Group number", grp), ("Claim number", claim), ("Provider", sup + " (in network)")], 38, 9.5)
    d.ln(4)
    rows = []
    for code, desc, amt in lines:
        allowed = round(amt * 0.7, 2)
        rows.append([fmt_date(dos, "long"), code, desc, fmt_money(amt), fmt_money(allowed),
                     fmt_money(round(allowed * 0.8, 2)), fmt_money(round(allowed * 0.2, 2))])
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(sum(round(x[2] * 0.7, 2) for x in lines)), "", ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"], rows,
            [30, 19, 66, 18, 18, 18, 16], size=7.8, aligns="LLLRRRR", head_fill=True)
    d.para("Your claim was paid. Your share is your 20% DME coinsurance. The supplier may not bill you more than "
           "the amount shown under You owe. Deductible met for 2026.", 9)
    d.para(f"Questions? {f['ph']}. If you disagree with how this claim was processed you may appeal within 180 "
           "days after you receive this statement.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=sup, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_waiver, "waiver_notice", "born_digital"), (2, doc_overturned, "appeal_overturned", "rotated"),
              (3, doc_tpa_eob, "tpa_eob", "photocopy"), (4, doc_pa_fax, "pa_fax", "fax_standard_g4"),
              (5, doc_upheld, "upheld_memo", "phone_photo"), (6, doc_paid_eob, "paid_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
