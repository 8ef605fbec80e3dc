"""An invented trucking association's health plan for owner-operators: the Crosswind Haulers Health Plan, sponsored
by the Crosswind Haulers Association for its members who own and drive their own trucks, with claims and medical
review handled by a third-party administrator, Tollgate Benefit Administrators. Invented rules: a network of clinics,
hospitals and surgery centers along the freight corridors and in members' home areas (the Corridor Network), with
planned care outside it refused unless the plan agreed beforehand; a telemedicine-first rule (a non-emergency office
visit is paid when a video visit with the plan's virtual clinic, CabCall Doctors, came first and sent the member in
person); a call to the plan's nurse line before an urgent care or emergency room visit that is not an emergency;
monthly contributions paid by the member with a 31-day grace period; the physical examination drivers need for
their federal medical examiner's certificate treated as a cost of the business, not a health benefit. Every company,
plan, clinic, hospital, surgery center, pharmacy, ambulance service, person, number, address, code and time limit is
invented (phones 555); CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_pages_urgent_care_no_nurse_line_call_totals_last_page: a two-page explanation of benefits
  ("This is not a bill") on the plan's letterhead: member ID with its "CWH" prefix, group number and plan ID side by
  side in boxes, a statement date "03.19.2026" (month first) and "EOB issued 03/19/2026" in a small running footer
  with the IDs, a summary box (billed, network price, plan paid, your share), a year-to-date deductible box and a
  check to another clinic as decoys, page 2 an unruled claims table with right-aligned money where one claim of
  four, an urgent care visit named only in the table with its "Servicing:" line, pays nothing under code NL4 ("the
  information we received does not show a call to the nurse line"); totals row on the last page, an example in
  the boilerplate; "within 180 calendar days of the statement date".
- clean300_tpa_preservice_surgery_center_out_of_area_nurse_and_medical_director_taglines: a three-page
  pre-service letter on the administrator's letterhead ("March 18th, 2026", "Notice mailed" date in the footer,
  key/value box beside the address with a request date "2026/03/10"): shoulder surgery at a surgery center that
  has not joined the network, the reason in one sentence buried in a long paragraph on page 2, signed by a nurse
  reviewer and a medical director, a nondiscrimination page with taglines; only "within 60 calendar days of the
  date you receive this notice" (nothing to count from); no amount.
- faxstd_provider_notice_boxes_virtual_visit_first_rendering_only: a standard-fax claim notice to a medical group:
  boxes with values under small captions (the prefix "CWH" in its own box beside the member number, group number,
  plan ID), the doctor only after "Rendering:", a provider services call reference as decoy; an office visit
  without a video visit first; "within four months of the date on this notice".
- phone_es_examen_medico_dot_no_es_beneficio: a photographed Spanish letter to a driver: the exam and drug test for
  his federal medical certificate at an occupational clinic are not a health benefit ("4 de marzo de 2026" dates,
  the examiner's registry number as decoy); "tiene hasta el <fecha>".
- rotated_two_page_appeal_upheld_home_area_therapy_out_of_area: a two-page appeal decision fed turned: appeal number
  and claim number that look alike in a running header, four physical therapy visits at a clinic outside the
  network near the driver's home, the nearest network clinic named; only an external review "within four months
  after the date you receive" left.
- lowres_tpa_letter_pharmacy_claim_after_contribution_lapse_buried_reason: a 150 dpi letter on the administrator's
  letterhead ("April 10th, 2026", "Mailed" date in the footer) refusing a truck-stop pharmacy's claim for two
  prescriptions filled after coverage ended because a monthly contribution was not paid within the grace period,
  told in one sentence inside a long paragraph; prescription numbers and a call reference as decoys; "within 60
  days of the date of this letter".
- photocopy_stack_ambulance_bill_duplex_then_paid_eob_page_two_sideways: a photocopied stack of a ground ambulance
  company's bill asking the driver for the balance (a real bill, denies nothing), its blank duplex back, and the
  plan's two-page explanation of benefits for the same ride marked "This is not a bill" that paid the claim
  (page 2 turned sideways; denies nothing, no countable limit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlf import (LFSheet, add_months, es_date, first_last, grouped, iso, last_first, long, mdy_dots,
                               n2, ord_long, people, phone, plus, road_address, slash, surname, tollfree, usd,
                               wday_long, workday, ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = "crosswind_haulers_health_plan_owner_operator_telemedicine_first_nurse_line_and_out_of_area_refusals"
LANG = "en"
SEED = 355075
PLAN = "Crosswind Haulers Health Plan"
ASSOC = "Crosswind Haulers Association"
TPA = "Tollgate Benefit Administrators"
VIRT = "CabCall Doctors"
NURSE = "Crosswind Nurse Line"
NET = "Corridor Network"
PLAN_ALT = ["Crosswind Haulers Health", "Crosswind Health Plan", "Crosswind Haulers", ASSOC,
            "Plan de Salud Crosswind Haulers"]
TPA_ALT = ["Tollgate Benefit Administrators, Inc.", "Tollgate"]
PO = "P.O. Box 3390, Joplin, MO 64803"
PLAN_ID = "CHHP-C2500"


def member_no(rng):
    return digits(rng, 8)


def plan_head(p, rng, unit, box=None, es=False):
    if es:
        lines = ["Plan de Salud Crosswind Haulers  |  patrocinado por la Crosswind Haulers Association",
                 f"Administrado por {TPA}  |  {PO}  |  Servicios al miembro {tollfree(rng, '888')}"]
    else:
        lines = [f"Sponsored by the {ASSOC} for its owner-operator members  |  {unit}",
                 f"Administered by {TPA}  |  {PO}  |  Member services {tollfree(rng, '888')}"]
    p.head(PLAN, "CHHP", lines, box=box, size=12.5)


def tpa_head(p, rng, unit, box=None):
    p.head(TPA, "TBA", [f"{unit} for the {PLAN}",
                        f"{PO}  |  Phone {tollfree(rng, '844')}  |  Fax {phone(rng, '417')}  |  TTY 711"],
           box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, pa_c, fam_doc, cab_doc = people(rng, 4)
    num = member_no(rng)
    mid = f"CWH {num}"
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    sd = dt.date(2026, 3, rng.randint(16, 19))
    uc = "Milepost 212 Urgent Care"
    home = "Crossroads Family Clinic"
    d_a = dt.date(2026, 2, rng.randint(2, 6))
    d_b = plus(d_a, rng.randint(5, 8))
    d_c = dt.date(2026, 2, rng.randint(23, 27))
    d_d = plus(d_c, rng.randint(4, 6))
    claims = [
        (f"26{digits(rng, 9)}", VIRT, f"Servicing: Dr. {first_last(cab_doc)}", d_a,
         [("Video visit (99213-95)", 79.0, 59.0, 59.0, 0.0, "TV1")]),
        (f"26{digits(rng, 9)}", home, f"Servicing: Dr. {first_last(fam_doc)}", d_b,
         [("Office visit (99214)", 212.0, 148.6, 0.0, 148.6, "DD2"), ("Lipid panel (80061)", 64.0, 21.3, 0.0, 21.3,
                                                                     "DD2"),
          ("Blood draw (36415)", 22.0, 6.1, 0.0, 6.1, "DD2")]),
        (f"26{digits(rng, 9)}", uc, f"Servicing: {first_last(pa_c)}, PA-C", d_c,
         [("Urgent care visit (99204)", rng.choice([285.0, 296.0, 274.0]), 0.0, 0.0, 0.0, "NL4")]),
        (f"26{digits(rng, 9)}", VIRT, f"Servicing: Dr. {first_last(cab_doc)}", d_d,
         [("Video visit (99212-95)", 64.0, 46.0, 46.0, 0.0, "TV1")]),
    ]
    k = 2
    rows, bold = [], set()
    tb = ta = tp = ts = 0.0
    for cno, prov, serv, d, lines in claims:
        for j, (svc, b, a, pd, sh, code) in enumerate(lines):
            rows.append([cno if j == 0 else "", prov if j == 0 else (serv if j == 1 else ""), yy(d), svc, n2(b),
                         n2(a), n2(pd), n2(sh), code])
            tb, ta, tp, ts = tb + b, ta + a, tp + pd, ts + sh
        if len(lines) == 1:
            rows.append(["", serv, "", "", "", "", "", "", ""])
        else:
            cb = sum(x[1] for x in lines)
            rows.append(["", "", "", "Claim total", n2(cb), n2(sum(x[2] for x in lines)),
                         n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)), ""])
            bold.add(len(rows) - 1)
    den = claims[k]
    den_b = den[4][0][1]
    p = LFSheet(footer="Page {n} of {nb}",
                footer_left=f"EOB issued {slash(sd)}  |  Member ID {mid}  |  Group {grp}  |  Form TBA-EOB3")
    p.set_margins(14, 13, 14)
    p.add_page()
    plan_head(p, rng, "Owner-operator medical plan", box="EXPLANATION OF BENEFITS")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.addr_kv([pat, *road_address(rng)],
              [("Statement date", mdy_dots(sd)), ("Member", pat), ("Claims", "4"),
               ("Questions", tollfree(rng, "888"))], w=90, cap_w=32)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("MEMBER ID", mid), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID), ("COVERAGE", "Member only")],
               [W * 0.28, W * 0.2, W * 0.26, W * 0.26], size=9.4, h=10.5)
    p.ln(4)
    y0 = p.get_y()
    y1 = p.money_box("This statement at a glance",
                     [("Billed by providers", usd(tb)), ("Network savings", usd(round(tb - ta, 2))),
                      ("Paid by the plan", usd(tp)), ("Your share (what you may owe)", usd(ts))], w=W * 0.5 - 3)
    p.set_xy(p.l_margin + W * 0.5 + 3, y0)
    ded = rng.choice([640.0, 815.0, 1120.0])
    y2 = p.money_box("Your 2026 so far", [("Deductible met", f"{usd(ded)} of $2,500.00"),
                                          ("Out-of-pocket met", f"{usd(ded + 90)} of $7,000.00"),
                                          ("Video visits used", "2 (no cost to you)")],
                     x=p.l_margin + W * 0.5 + 3, w=W * 0.5 - 3, bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 4)
    p.para(f"**Payments sent.** The plan paid {VIRT} {usd(105.0)} by electronic transfer. No check was sent to "
           f"{home}; its claim went toward your deductible.", 9.2)
    p.heading("Good to know", 10.5)
    p.bullets([f"On the road and not feeling well? Call the {NURSE} first, day or night, at {tollfree(rng, '800')}. "
               "A nurse will tell you where to go, and the visit will be paid as the plan says.",
               f"Most office visits start with a video visit with {VIRT}. Video visits cost you nothing.",
               "In an emergency, call 911 or go to the nearest emergency room. You never need to call first."], 9.2)
    p.add_page()
    p.heading("Your claims in detail", 11, rule=True)
    widths = [22, 53, 13, 34, 13, 15, 13, 13, W - 176]
    p.bare_table(["Claim no.", "Provider", "Date", "Service", "Billed", "Network price", "Plan paid", "Your share",
                  "Code"], rows, widths, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], size=7.0, row_h=4.5,
                 bold_rows=bold, cont="Your claims in detail, continued",
                 totals=["TOTALS", "", "", "", n2(tb), n2(ta), n2(tp), n2(ts), ""])
    p.glossary("What the codes mean", [
        ("TV1", f"Video visit with {VIRT}, paid in full by the plan."),
        ("DD2", "Counted toward your yearly deductible. The provider may bill you for this amount."),
        ("NL4", f"The information we received does not show a call to the {NURSE} before this visit. The plan "
                "pays an urgent care or emergency room visit that is not an emergency only when the nurse line was "
                "called first (Plan Rules, section 5.3). You do not owe the provider for this visit if it is in the "
                f"{NET}.")], size=7.6)
    p.heading("How to read this statement", 10)
    p.para("The network price is what a provider in the Corridor Network has agreed to accept. For example, if a "
           "provider bills $100.00 and the network price is $70.00, the plan counts $70.00 toward your deductible and "
           "the provider may not bill you the other $30.00.", 8.4)
    p.heading("If you disagree", 10)
    p.para("You can ask us to review a claim decision within 180 calendar days of the statement date shown on page "
           f"1. Write to Appeals, {TPA}, {PO}, and include the claim number and why you disagree. You may look at "
           "and get copies of the papers we used, free of charge.", 8.4)
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"CWH{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(d_c)],
              denial_date=iso(sd), provider=uc, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [pa_c, first_last(pa_c)]})
    return out(p), t


def clean_tpa_surgery(rng):
    pat, surg, rn, md = people(rng, 4)
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    ref = f"UM-{digits(rng, 7)}"
    ortho = "High Plains Orthopedics"
    asc = "Pronghorn Surgical Suites"
    rcvd = dt.date(2026, 3, rng.randint(9, 12))
    ld = workday(plus(rcvd, rng.randint(7, 9)))
    planned = plus(ld, rng.randint(18, 25))
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"UM-OON-2 (11/2025)  |  Notice mailed {slash(ld)}  |  "
                                                       f"Ref. {ref}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, "Utilization Management")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, f"{rng.randint(110, 980)} Hay Meadow Ln", "Wheatland, WY 82201"],
              [("Reference no.", ref), ("Member", pat), ("Member ID", f"CWH {num}"), ("Group no.", grp),
               ("Plan ID", PLAN_ID), ("Request received", ymd_slash(rcvd)), ("Requested by", f"Dr. {surg}")],
              w=94, cap_w=32)
    p.subject(f"Your request for shoulder surgery at {asc}")
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {surg} of {ortho} asked us on behalf of the {PLAN} to approve an arthroscopic repair of the "
           f"rotator cuff of your right shoulder (CPT 29827) at {asc} in Torrington, Wyoming, on {long(planned)}.", 10)
    p.para(f"**We cannot approve the surgery at {asc}.** The surgery itself is a covered service, and we did not "
           "question whether you need it. Page 2 explains why we cannot approve it at that surgery center and what "
           "you can do next.", 10)
    p.para("If you have the surgery there anyway, the plan will not pay the surgery center, the surgeon's fee for "
           "the work done there or the anesthesia, and you may have to pay the whole bill.", 10)
    p.add_page()
    p.heading("Why we made this decision", 11.5)
    p.para(f"The {PLAN} was set up by the {ASSOC} so that owner-operators can get care where their loads take them "
           f"and near home. To keep the plan's cost within what members pay each month, it pays for planned care "
           f"that is not an emergency at the clinics, hospitals and surgery centers of the {NET}, which have agreed "
           "to the plan's prices and to send their records to us; it also pays for planned care outside the network "
           "when we agree beforehand that no network provider within a reasonable distance can do it. We looked at "
           f"the request, at Dr. {surg.split()[-1]}'s notes, at your home address on file and at the network "
           f"directory for Wyoming, Nebraska and Colorado, and because {asc} has no agreement with the {NET} while "
           "network surgery centers that do this operation are open in Cheyenne and in Fort Collins, the plan will "
           "not pay for the surgery at Pronghorn. We also checked whether an exception could be made for travel "
           "distance, a surgeon who works only at that center or a medical reason to use it, and the records did not "
           "show any of these.", 10)
    p.heading("What you can do", 11)
    p.bullets([f"Ask Dr. {surg.split()[-1]} whether the surgery can be done at a network surgery center. Our nurse "
               "can help you find one; call the number at the top of page 1.",
               "Ask for an appeal. You or someone you name may appeal within 60 calendar days of the date you "
               "receive this notice. Write to Appeals at the address above and send anything you want us to read.",
               "If waiting could seriously harm your health, ask for a fast appeal by phone; we decide fast appeals "
               "within 72 hours.",
               "After an appeal, you may be able to ask for an external review by an independent review "
               "organization."], 9.8)
    p.para("You may ask for free copies of the network rules, the records and the criteria we used.", 9.8)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Utilization Management"],
               [f"{md}, MD", "Medical director"])
    p.add_page()
    p.nondiscrim(TPA, tollfree(rng, "844"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "844"))
    t = truth("denial_letter", "out_of_network", insurer=TPA, plan_id=PLAN_ID, group=grp, member_id=f"CWH{num}",
              member_name=pat, cases=[ref], service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {surg}",
              alternates={"insurer": TPA_ALT, "provider": [surg, ortho, asc]})
    return out(p), t


def faxstd_provider_notice(rng):
    pat, doc, clerk = people(rng, 3)
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    grpco = "Frontage Road Medical Group"
    claim = f"26{digits(rng, 9)}"
    dos = dt.date(2026, 3, rng.randint(2, 6))
    rcvd = plus(dos, rng.randint(6, 9))
    nd = workday(plus(rcvd, rng.randint(6, 9)))
    call_d = plus(nd, -rng.randint(2, 4))
    billed = rng.choice([212.0, 226.0, 198.0])
    fax = (f"{nd:%m/%d/%y} {rng.randint(13, 16)}:{rng.randint(10, 59)}  TOLLGATE PROVIDER SVCS  "
           f"{phone(rng, '417')}  TO {phone(rng, '405')}  PG {{n}}")
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"Provider notice PN-7 (11/2025)  |  {slash(nd)}", fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    plan_head(p, rng, "Provider Claim Notice", box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NOTICE DATE", wday_long(nd)), ("CLAIM NUMBER", claim), ("CLAIM RECEIVED", mdy_dots(rcvd))],
               [W * 0.42, W * 0.3, W * 0.28], size=9.4, h=10.5)
    p.capstrip([("PREFIX", "CWH"), ("MEMBER NO.", num), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID)],
               [W * 0.14, W * 0.3, W * 0.24, W * 0.32], size=9.4, h=10.5)
    p.capstrip([("PATIENT", pat), ("DATE OF SERVICE", slash(dos)), ("AMOUNT BILLED", usd(billed))],
               [W * 0.42, W * 0.3, W * 0.28], size=9.4, h=10.5)
    p.ln(4)
    for ln in [f"{grpco}  (billing provider)", "Attn: Billing office", "2210 N Frontage Rd, Suite B",
               "Oklahoma City, OK 73111"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.pairs([("Rendering", f"Dr. {doc}"), ("Service", "Office visit, established patient (99214), low back pain"),
             ("Place", "Office (11)")], label_w=26, size=9.4)
    p.ln(2)
    p.heading("Claim decision: not payable", 11)
    p.para(f"The {PLAN} pays an office visit that is not an emergency when the member first had a video visit with "
           f"{VIRT} and the virtual doctor sent the member to be seen in person, or when the member lives within the "
           f"area of a {NET} home clinic and goes there. Our records show no {VIRT} visit for this member in the 14 "
           "days before the date of service, the member's home clinic is in another state, and nothing on the claim "
           "shows an emergency. The visit is not payable under Plan Rules, section 4.1.", 9.8)
    p.para(f"As a {NET} provider you agreed not to bill the member for a visit the plan does not pay for this "
           "reason. If the visit followed a video visit, send the CabCall visit reference and we will reprocess the "
           "claim.", 9.8)
    p.para(f"Your office called Provider Services about this claim on {slash(call_d)} (call ref. "
           f"{call_d:%m%d}-{digits(rng, 4)}-{digits(rng, 2)}); this notice is our written answer.", 9.4)
    p.heading("Review", 10.5)
    p.para("You may ask for a review of this decision within four months of the date on this notice. Send the "
           f"Provider Review form with the claim number and records to Provider Reviews, {TPA}, {PO}.", 9.4)
    p.f(8.4)
    p.cell(0, 4.4, f"Prepared by {clerk}, claims examiner", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"CWH{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=f"Dr. {doc}", appeal_deadline=iso(add_months(nd, 4)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [doc, grpco]})
    return out(p), t


def phone_es_dot(rng):
    pat, exm, sig = people(rng, 3, es=True, sexes="MM")
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    claim = f"26{digits(rng, 9)}"
    clinic = "Redline Occupational Health"
    dos = dt.date(2026, 3, rng.randint(9, 20))
    ld = workday(dt.date(2026, 4, rng.randint(1, 3)))
    by = dt.date(2026, 9, rng.randint(28, 30))
    lines = [("Examen médico del DOT para el certificado médico", 135.0),
             ("Prueba de orina para drogas (DOT)", rng.choice([55.0, 62.0]))]
    tot = round(sum(b for _, b in lines), 2)
    p = LFSheet(footer="Página {n} de {nb}", footer_left="Carta CH-ES-12 (11/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, "", es=True)
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [pat, *road_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("N.º de miembro", f"CWH {num}"), ("Grupo", grp), ("N.º de reclamo", claim), ("Clínica", clinic),
             ("Fecha del servicio", es_date(dos))], label_w=42, size=9.6)
    p.ln(2)
    p.heading("Sobre su examen médico del DOT", 12)
    p.para(f"Estimado {pat}:", 10)
    p.para(f"{clinic} nos mandó el reclamo {claim} por el examen médico que le hizo el Dr. {exm} el {es_date(dos)} "
           f"para su certificado médico de conductor comercial (registro nacional del examinador "
           f"n.º {digits(rng, 10)}).", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado por el plan"],
            [[s, usd(b), "$0.00"] for s, b in lines] + [["Total", usd(tot), "$0.00"]],
            [W * 0.6, W * 0.2, W * 0.2], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.para("**El plan no paga este examen.** El examen y la prueba de drogas que pide el Departamento de Transporte "
           "para manejar un camión sirven para su trabajo, no para tratar una enfermedad. Las reglas del plan los "
           "cuentan como un gasto de su negocio, igual que la licencia o el seguro del camión, y no como un "
           "beneficio de salud (Reglas del Plan, sección 7.9). Puede deducir ese gasto en sus impuestos de negocio; "
           "pregunte a quien le prepara los impuestos.", 10)
    p.para(f"**Si no está de acuerdo.** Tiene hasta el {es_date(by)} para apelar. Mande una carta a Apelaciones, "
           f"{TPA}, {PO}, con el número de reclamo y las razones.", 10)
    p.signoff(["Atentamente,", sig, "Servicios al Miembro"], 9.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"CWH{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {exm}", exm]})
    return out(p), t


def rotated_appeal(rng):
    pat, pt, chair = people(rng, 3)
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    core = digits(rng, 4)
    appeal = f"AP-2604-{core}"
    claim = f"2604-{core[:2]}{core[3]}{core[2]}"
    clinic = "Smoky Hill Physical Therapy"
    first = dt.date(2026, 2, rng.randint(9, 12))
    visits = [first, plus(first, 3), plus(first, 7), plus(first, 10)]
    filed = dt.date(2026, 4, rng.randint(6, 10))
    dd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    per = rng.choice([145.0, 152.0, 138.0])
    tot = round(per * 4, 2)
    p = LFSheet(footer="Page {n} of {nb}", footer_left="Appeal decision AD-3 (11/2025)",
                every=f"Appeal {appeal}  |  Claim {claim}  |  CWH {num}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, "Appeals Committee")
    p.line(f"Decision date: {long(dd)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, f"{rng.randint(110, 980)} Cattle Guard Rd", "Ellsworth, KS 67439"],
              [("Appeal no.", appeal), ("Claim no.", claim), ("Member ID", f"CWH {num}"), ("Group no.", grp),
               ("Appeal received", slash(filed))], w=90, cap_w=30)
    p.heading("Decision on your appeal", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"You appealed our decision not to pay {clinic}'s claim for four physical therapy visits with {pt}, PT, "
           f"on {visits[0].strftime('%B %-d')}, {visits[1].strftime('%B %-d')}, {visits[2].strftime('%B %-d')} and "
           f"{long(visits[3])}, after your knee injury. The clinic billed {usd(per)} a visit, {usd(tot)} in all.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Visit date", "Service", "Billed", "Plan paid"],
             [[slash(v), "Therapeutic exercise and manual therapy (97110, 97140)", usd(per), "$0.00"] for v in visits],
             [W * 0.18, W * 0.52, W * 0.15, W * 0.15], aligns=["L", "L", "R", "R"], size=8.8,
             totals=["", "Total", usd(tot), "$0.00"])
    p.para(f"**The Appeals Committee upholds the decision.** {clinic} in Lincoln, Kansas, is not part of the {NET}. "
           "The plan pays planned therapy outside the network only when we agree beforehand that no network "
           "provider is within 50 miles of the member's home. Salina Sports & Spine Rehab, a network clinic, is 38 "
           "miles from your home, and no one asked us for an exception before the visits began.", 10)
    p.add_page()
    p.para("You wrote that you chose the clinic because you were home for only a few days between loads. We "
           "understand; the rule still applies to therapy planned ahead. Your later visits at the network clinic "
           "were paid.", 10)
    p.para("Three members of the Appeals Committee who took no part in the first decision reviewed your appeal, "
           "including a licensed physical therapist.", 10)
    p.heading("If you still disagree", 10.5)
    p.para("This is the plan's final decision. You may ask for an external review by an independent review "
           "organization within four months after the date you receive this decision. The enclosed form tells you "
           "how.", 9.8)
    p.signoff(["For the Appeals Committee,", chair, "Chair"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=grp, member_id=f"CWH{num}", member_name=pat,
              cases=[appeal, claim], claim_amount=m2(tot), service_dates=[iso(v) for v in visits],
              denial_date=iso(dd), provider=clinic,
              alternates={"insurer": PLAN_ALT, "case_numbers": [[appeal], [claim]],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[3])}"]], "provider": [pt]})
    return out(p), t


def lowres_pharmacy(rng):
    pat, sig, rep = people(rng, 3)
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    claim = f"RX26-{digits(rng, 7)}"
    pharm = "Exit 44 Travel Center Pharmacy"
    fill = dt.date(2026, 3, rng.randint(9, 13))
    called = plus(fill, rng.randint(12, 16))
    ld = workday(dt.date(2026, 4, rng.randint(8, 10)))
    rx = [("Lisinopril 20 mg, 90 tablets", f"{digits(rng, 7)}", rng.choice([48.6, 52.1])),
          ("Atorvastatin 40 mg, 90 tablets", f"{digits(rng, 7)}", rng.choice([61.35, 57.8]))]
    tot = round(sum(b for *_, b in rx), 2)
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"ELG-4 (11/2025)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, "Eligibility and Billing")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    for ln in [pat, *road_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([f"Pharmacy claim {claim}", f"Member ID CWH {num}", f"Group {grp}"])
    p.para(f"Dear {pat}:", 10)
    p.para(f"We are writing about the claim that {pharm} sent us for two prescriptions filled on {long(fill)}. When "
           f"you called us on {long(called)} (call reference {called:%y%m%d}-{digits(rng, 4)}), {rep} told you a "
           "letter would follow.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rx number", "Medicine", "Filled", "Billed"],
            [[n, m, slash(fill), usd(b)] for m, n, b in rx] + [["", "Claim total", "", usd(tot)]],
            [W * 0.18, W * 0.48, W * 0.16, W * 0.18], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"The {PLAN} is paid for by its members month by month: each owner-operator sends a contribution by the "
           "first day of the month it pays for, and the plan allows a grace period of 31 days in which a late "
           "contribution is still accepted and claims are held rather than turned down; our records show that your "
           "contributions were paid through February 2026 and that the March contribution had not reached us when "
           "the grace period ended on March 31, so your coverage ended on February 28, 2026, the last day of the "
           "last month paid for, and the plan cannot pay for prescriptions filled after that date; this also means "
           "that any claims held during the grace period are now closed, and that the association's dues, which are "
           "billed separately, do not keep the health plan in force.", 10)
    p.para("If you paid the March contribution on time, send us a copy of the bank record or the money order receipt "
           "and we will look again. You may also ask about re-enrolling at the next open enrollment.", 10)
    p.para("If you disagree with this decision, you may appeal within 60 days of the date of this letter. Write to "
           f"Appeals, {TPA}, {PO}, with the claim number.", 10)
    p.signoff(["Sincerely,", sig, "Eligibility and Billing"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=grp, member_id=f"CWH{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(fill)], denial_date=iso(ld), provider=pharm,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": TPA_ALT})
    return out(p), t


def photocopy_stack(rng):
    pat, = people(rng, 1, sexes="M")
    num = member_no(rng)
    grp = f"{rng.randint(40, 49)}{digits(rng, 3)}"
    amb = "Mesa Line Ambulance Service"
    dos = dt.date(2026, 1, rng.randint(12, 24))
    eob_d = dt.date(2026, 2, rng.randint(16, 20))
    bill_d = plus(eob_d, rng.randint(12, 16))
    miles = rng.choice([19, 23, 27])
    base, per = 1850.0, 28.0
    billed = round(base + miles * per, 2)
    allowed = round(billed * 0.78, 2)
    coins = round(allowed * 0.2, 2)
    paid = round(allowed - coins, 2)
    claim = f"26{digits(rng, 9)}"
    acct = f"ML-{digits(rng, 6)}"
    home = road_address(rng)
    # document 1: the ambulance company's bill
    b = LFSheet(footer=None, footer_left=f"Statement {slash(bill_d)}  |  Account {acct}  |  Please keep this part")
    b.set_margins(16, 14, 16)
    b.add_page()
    b.head(amb, "MLA", ["Emergency and interfacility ground ambulance  |  1400 Route 66 Business Loop, Gallup, NM 87301",
                        f"Billing office {phone(rng, '505')}  |  Mon-Fri 8-5 Mountain"], box="STATEMENT", size=12)
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("STATEMENT DATE", slash(bill_d)), ("ACCOUNT", acct), ("DATE OF TRANSPORT", slash(dos)),
                ("PLEASE PAY", usd(round(billed - paid, 2)))], [W * 0.24, W * 0.22, W * 0.26, W * 0.28], size=9.4)
    b.ln(3)
    for ln in [pat, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.pairs([("Patient", pat), ("Picked up at", "Flying J Travel Plaza, I-40 Exit 16"),
             ("Taken to", "Red Mesa Regional Medical Center"), ("Insurance", PLAN), ("Policy #", f"CWH{num}")],
            label_w=32, size=9.4)
    b.ln(2)
    b.table(["Code", "Description", "Charge"],
            [["A0427", "Advanced life support, emergency (ALS1)", usd(base)],
             ["A0425", f"Ground mileage, {miles} miles at {usd(per)}", usd(round(miles * per, 2))],
             ["", "Total charges", usd(billed)], ["", f"Paid by {PLAN} {slash(eob_d)}", f"-{usd(paid)}"],
             ["", "Balance due from you", usd(round(billed - paid, 2))]],
            [W * 0.14, W * 0.6, W * 0.26], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para("Your insurance has paid its part. The balance is now due from you. We do not have a contract with your "
           "plan. Call us if you want to pay in installments.", 9.4)
    d_bill = (out(b), truth("other", None, insurer=None, member_id=f"CWH{num}", member_name=pat, cases=[],
                            claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(bill_d), provider=amb,
                            unscored=["insurer"], alternates={"member_id": [None]}))
    # document 2: the plan's EOB for the same ride, two pages
    e = LFSheet(footer="Page {n} of {nb}", footer_left=f"EOB {slash(eob_d)}  |  Member ID CWH {num}  |  Form TBA-EOB3")
    e.set_margins(16, 14, 16)
    e.add_page()
    plan_head(e, rng, "Owner-operator medical plan", box="EXPLANATION OF BENEFITS")
    e.f(11, "B")
    e.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    e.addr_kv([pat, *home],
              [("Statement date", long(eob_d)), ("Member ID", f"CWH {num}"), ("Group no.", grp),
               ("Plan ID", PLAN_ID)], w=92, cap_w=32)
    W = e.w - e.l_margin - e.r_margin
    e.table(["Claim no.", "Provider", "Date", "Service", "Billed", "Plan's price", "Plan paid", "Your share"],
            [[claim, amb, yy(dos), "ALS1 emergency", n2(base), n2(round(base * 0.78, 2)),
              n2(round(base * 0.78 * 0.8, 2)), n2(round(base * 0.78 * 0.2, 2))],
             ["", "", yy(dos), f"Mileage, {miles} mi", n2(round(miles * per, 2)),
              n2(round(allowed - round(base * 0.78, 2), 2)), n2(round(paid - round(base * 0.78 * 0.8, 2), 2)),
              n2(round(coins - round(base * 0.78 * 0.2, 2), 2))],
             ["", "", "", "Claim total", n2(billed), n2(allowed), n2(paid), n2(coins)]],
            [22, 44, 15, 30, 18, 19, 19, W - 167], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    e.para(f"**What we paid.** An ambulance ride in an emergency is covered anywhere, in or out of the {NET}. We "
           f"paid {amb} {usd(paid)}. Your share is 20 percent of the plan's price, {usd(coins)}, and counts toward "
           "your out-of-pocket limit.", 9.6)
    e.add_page()
    e.heading("About your share", 11)
    e.para(f"{amb} has not joined the {NET}, so it may bill you for more than your share. Ground ambulance "
           "companies are not covered by the federal law that limits surprise bills from air ambulances and "
           "emergency rooms. If you get a bill for more than your share, call Member Services; we may be able to "
           "work out the amount with the company.", 9.6)
    e.heading("Questions or concerns", 11)
    e.para("If you think we processed this claim wrong, call Member Services or write to us. Your Summary Plan "
           "Description explains how to ask for a review and the time you have to ask.", 9.6)
    d_eob = (out(e), truth("eob", None, insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"CWH{num}",
                           member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)],
                           denial_date=iso(eob_d), provider=amb, alternates={"insurer": PLAN_ALT}))
    return [d_bill, d_eob]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_urgent_care_no_nurse_line_call_totals_last_page", "born_digital",
             [born_eob(rng)]),
        Item(F + "clean300_tpa_preservice_surgery_center_out_of_area_nurse_and_medical_director_taglines",
             "scan_clean_300", [clean_tpa_surgery(rng)]),
        Item(F + "faxstd_provider_notice_boxes_virtual_visit_first_rendering_only", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "phone_es_examen_medico_dot_no_es_beneficio", "phone_photo", [phone_es_dot(rng)]),
        Item(F + "rotated_two_page_appeal_upheld_home_area_therapy_out_of_area", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_tpa_letter_pharmacy_claim_after_contribution_lapse_buried_reason", "scan_lowres_150",
             [lowres_pharmacy(rng)]),
    ]
    items.append(Item(F + "photocopy_stack_ambulance_bill_duplex_then_paid_eob_page_two_sideways", "photocopy",
                      photocopy_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
