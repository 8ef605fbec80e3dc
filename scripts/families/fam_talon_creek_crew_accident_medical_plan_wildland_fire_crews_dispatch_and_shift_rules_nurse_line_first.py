"""An invented wildland firefighting contractor's crew accident medical plan: the Talon Creek Crew Accident Medical
Plan, set up by Talon Creek Fire Crews, LLC (hand crews and engines hired out to fire agencies) for its crew members,
with claims and medical review handled by a third-party administrator, Basalt Point Claims Services. Invented rules:
the plan pays for injuries and illness on the fireline (burns, sprains, heat illness, smoke inhalation) that happen
during a dispatch, from check-in at the incident to demobilization, and only while the crew member is on shift or
travelling for the crew, as the crew time report shows; non-emergency care during a dispatch is paid when the crew
member called the Talon Creek Crew Nurse Line (or the incident's medical unit sent him) first; when a state workers'
compensation claim is open for the same injury, the compensation insurer pays first; receipts must reach the plan
within 90 days of the service; hospital stays and rehabilitation units need approval before admission. Every
company, plan, incident, incident number, resource order, hospital, clinic, pharmacy, imaging center, person, number,
code, address and limit is invented (phones 555); CPT and HCPCS codes appear as themselves. No heading names the
kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_pages_urgent_care_between_dispatches_code_only_totals_last_page: a two-page explanation of
  benefits on the plan's letterhead ("THIS IS NOT A BILL"; member ID with its "TCF" prefix, group number and plan
  ID side by side in boxes, "Statement date" as "08.27.2026" month first, "EOB issued" with the IDs in a small
  running footer), a money summary, a year-to-date box, a check to a hospital and a dispatch history box (incident
  numbers) as decoys; page 2 an unruled claims table with right-aligned money where one claim of four, an urgent
  care visit named only in the table with a "Servicing:" nurse practitioner, pays nothing under code D07 explained
  only in the code glossary (the injury date falls between dispatches); totals row on the last page; "within 180
  days of the date of this statement".
- clean300_tpa_three_page_rehab_admission_outpatient_instead_nurse_and_md_taglines: a three-page pre-service letter
  on the administrator's letterhead ("August 19th, 2026" shape, "Notice mailed" date and the request number, member
  ID and group in a small running footer, the member ID alone in a short running header "Mbr TCF ... | Page 2 of
  3"): admission to a rehabilitation hospital's inpatient unit after a hand burn refused, outpatient hand therapy
  approved instead, the reason as one sentence in a long paragraph on page 2, signed by a nurse reviewer and a
  medical director, a nondiscrimination page with taglines; only "within 180 calendar days of the date you receive
  this notice" (nothing to count from); no amount.
- faxstd_provider_notice_boxes_no_nurse_line_call_rendering_pa_only: a standard-fax claim notice to a walk-in
  clinic: boxes with values under small captions (the "TCF" prefix in its own box beside the member number, group
  number, plan ID), the physician assistant only after "Rendering:", the incident number, a resource order and a
  provider services call reference as decoys; a smoke-irritated eye seen without a call to the nurse line or a
  referral from the incident's medical unit; "within 120 days of the date of this notice".
- phone_es_lesion_fuera_de_turno_futbol_en_el_campamento: a photographed Spanish letter to a crew member: a wrist
  injured playing soccer at fire camp after the shift ended, an excerpt of the crew time report with the shift hours
  and the time of the injury ("4 de septiembre de 2026" dates); "a más tardar el" a printed date.
- rotated_two_page_appeal_upheld_workers_comp_first_lookalike_numbers: a two-page appeal decision fed turned
  ("2026/09/21" at the top, "Notice mailed" in the footer): appeal number "AP-2608-....." and claim number
  "CL-2608-....." that look alike in a running header, a shoulder MRI at an imaging center after a fall on the
  fireline, refused because the workers' compensation claim for the same injury was accepted and must pay first;
  a second-level review "no later than" a printed date.
- lowres_tpa_letter_pharmacy_receipt_after_90_days_buried_reason: a 150 dpi letter on the administrator's
  letterhead ("20-Oct-2026", "Mailed 10/20/2026" in the footer) refusing to pay back a pharmacy receipt for an
  antibiotic and burn cream that reached the plan 97 days after the fill, told in one sentence inside a long
  paragraph; prescription numbers and a call reference as decoys; "within 60 days of the date of this letter".
- photocopy_stack_hospital_balance_bill_blank_then_paid_eob_page_two_sideways: a photocopied stack of a hospital's
  statement asking the crew member for the balance after the plan paid (a real bill; denies nothing), a blank
  separator sheet, and the plan's two-page explanation of benefits for the same heat-illness visit marked "This is
  not a bill" (paid at the plan's price, your share $0.00, page 2 turned sideways; denies nothing, no countable
  limit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famia import (EISheet, dmy_dash, es_date, first_last, iso, long, mdy_dots, n2,
                               ord_long, people, phone, plus, slash, tollfree, usd, wday_long, workday, ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = "talon_creek_crew_accident_medical_plan_wildland_fire_crews_dispatch_and_shift_rules_nurse_line_first"
LANG = "en"
SEED = 355080
PLAN = "Talon Creek Crew Accident Medical Plan"
EMPLOYER = "Talon Creek Fire Crews, LLC"
TPA = "Basalt Point Claims Services"
NURSE = "Talon Creek Crew Nurse Line"
PLAN_ALT = ["Talon Creek Crew Accident Plan", "Talon Creek Fire Crews", "Talon Creek Fire Crews, LLC",
            "Talon Creek Crew Accident Medical", "Plan Médico de Accidentes para Cuadrillas de Talon Creek"]
TPA_ALT = ["Basalt Point Claims Services, Inc.", "Basalt Point"]
PO = "P.O. Box 2218, Bend, OR 97709"
PLAN_ID = "TCF-CAM-26"
INCIDENTS = [("Cinder Butte Fire", "OR-CKF-000214"), ("Juniper Draw Fire", "ID-SRD-000087"),
             ("Mule Gulch Complex", "WA-OKF-000156")]
HOMES = [("Redmond", "OR", "97756"), ("Prineville", "OR", "97754"), ("La Pine", "OR", "97739"),
         ("Burns", "OR", "97720"), ("Hermiston", "OR", "97838"), ("Emmett", "ID", "83617"),
         ("Wenatchee", "WA", "98801"), ("Yakima", "WA", "98902")]
STREETS = ["Bitterbrush Ln", "Lava Rock Rd", "Fire Tower Rd", "Rabbitbrush Ct", "Pumice Flat Dr", "Ponderosa Loop",
           "Canal Bank Rd Unit 4", "Hotshot Way", "Dry Creek Rd", "Ridgeline Ave Apt 12"]


def member_no(rng):
    return digits(rng, 8)


def group_no(rng):
    return f"71{digits(rng, 3)}"


def home(rng):
    town, st, z = rng.choice(HOMES)
    return [f"{rng.randint(120, 9800)} {rng.choice(STREETS)}", f"{town}, {st} {z}"]


def plan_head(p, rng, unit, box=None, es=False):
    if es:
        lines = [f"Plan Médico de Accidentes para Cuadrillas de Talon Creek  |  para las cuadrillas de {EMPLOYER}",
                 f"Administrado por {TPA}  |  {PO}  |  Servicios a miembros {tollfree(rng, '888')}"]
    else:
        lines = [f"For the crews of {EMPLOYER}  |  {unit}",
                 f"Administered by {TPA}  |  {PO}  |  Crew member services {tollfree(rng, '888')}"]
    p.head(PLAN, "TCF", lines, box=box, size=12.2)


def tpa_head(p, rng, unit, box=None):
    p.head(TPA, "BPC", [f"{unit} for the {PLAN}",
                        f"{PO}  |  Phone {tollfree(rng, '877')}  |  Fax {phone(rng, '541')}  |  TTY 711"],
           box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, np_, = people(rng, 2, sexes="MF")
    num = member_no(rng)
    mid = f"TCF {num}"
    grp = group_no(rng)
    a1 = dt.date(2026, 7, rng.randint(5, 7))
    b1 = plus(a1, 13)
    a2 = plus(b1, rng.randint(9, 11))
    b2 = plus(a2, 14)
    sd = plus(b2, rng.randint(12, 16))
    d_er = plus(a1, rng.randint(4, 6))
    d_xr = plus(d_er, 3)
    d_uc = plus(b1, rng.randint(3, 5))
    hosp = "Crooked Fork Community Hospital"
    uc = "Summit Prairie Urgent Care"
    pharm = "Sagehen Pharmacy"
    img = "High Lava Imaging"
    er_b = rng.choice([1642.0, 1598.0, 1687.5])
    er_a = round(er_b * 0.78, 2)
    uc_b = rng.choice([342.0, 318.0, 356.0])
    claims = [
        (f"TC26{digits(rng, 7)}", hosp, "", d_er,
         [("ER visit, smoke inhalation", er_b, er_a, er_a, 0.0, "P01"),
          ("Nebulizer treatment", 96.0, 61.2, 61.2, 0.0, "P01")]),
        (f"TC26{digits(rng, 7)}", pharm, "", d_er,
         [("Albuterol inhaler", 58.4, 41.9, 41.9, 0.0, "P01")]),
        (f"TC26{digits(rng, 7)}", img, "", d_xr,
         [("Chest x-ray, 2 views", 164.0, 88.5, 88.5, 0.0, "P01")]),
        (f"TC26{digits(rng, 7)}", uc, f"Servicing: {first_last(np_)}, FNP", d_uc,
         [("Urgent care visit, ankle", uc_b, 0.0, 0.0, 0.0, "D07"),
          ("X-ray, ankle, 3 views", 118.0, 0.0, 0.0, 0.0, "D07")]),
    ]
    k = 3
    rows, bold = [], set()
    tb = ta = tp = ts = 0.0
    for cno, prov, serv, d, lines in claims:
        for j, (svc, b, a, pd, sh, code) in enumerate(lines):
            rows.append([cno if j == 0 else "", prov if j == 0 else serv, yy(d), svc, n2(b), n2(a), n2(pd), n2(sh),
                         code])
            tb, ta, tp, ts = tb + b, ta + a, tp + pd, ts + sh
        if len(lines) > 1:
            rows.append(["", "", "", "Claim total", n2(sum(x[1] for x in lines)), n2(sum(x[2] for x in lines)),
                         n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)), ""])
            bold.add(len(rows) - 1)
    tb, ta, tp = round(tb, 2), round(ta, 2), round(tp, 2)
    den = claims[k]
    den_b = round(sum(x[1] for x in den[4]), 2)
    p = EISheet(footer="Page {n} of {nb}",
                footer_left=f"EOB issued {slash(sd)}  |  Member ID {mid}  |  Group {grp}  |  Form BPC-EOB-2")
    p.set_margins(14, 13, 14)
    p.add_page()
    plan_head(p, rng, "Crew accident medical benefits", box="EXPLANATION OF BENEFITS")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.addr_kv([pat, *home(rng)],
              [("Statement date", mdy_dots(sd)), ("Crew member", pat), ("Claims listed", "4"),
               ("Questions", tollfree(rng, "888"))], w=92, cap_w=40)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("MEMBER ID", mid), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID), ("CREW", "Crew 7, Type 2 IA")],
               [W * 0.27, W * 0.2, W * 0.25, W * 0.28], size=9.4, h=10.5)
    p.ln(4)
    y0 = p.get_y()
    y1 = p.money_box("This statement at a glance",
                     [("Billed by providers", usd(tb)), ("Plan's price", usd(ta)),
                      ("Paid by the plan", usd(tp)), ("Your share", usd(0.0))], w=W * 0.5 - 3)
    p.set_xy(p.l_margin + W * 0.5 + 3, y0)
    y2 = p.money_box("Your 2026 so far", [("Paid by the plan this year", usd(round(tp + 412.6, 2))),
                                          ("Deductible", "none for fireline injuries"),
                                          ("Nurse line calls on file", "1")],
                     x=p.l_margin + W * 0.5 + 3, w=W * 0.5 - 3, bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 4)
    p.para(f"**Payments sent.** Check no. {digits(rng, 6)} for {usd(round(er_a + 61.2, 2))} went to {hosp}; the "
           f"other payments went by electronic transfer.", 9.2)
    p.history_box("Your dispatches on file (from crew time reports)", ["Incident", "Incident no.", "Checked in",
                                                                      "Demobilized"],
                  [[INCIDENTS[0][0], INCIDENTS[0][1], slash(a1), slash(b1)],
                   [INCIDENTS[1][0], INCIDENTS[1][1], slash(a2), slash(b2)]],
                  [W * 0.3, W * 0.26, W * 0.2, W * 0.2])
    p.heading("Before you get care on a dispatch", 10.5)
    p.bullets([f"Not an emergency? Call the {NURSE} first at {tollfree(rng, '800')}, or see the incident's medical "
               "unit.", "In an emergency, call 911 or go to the nearest emergency room."], 9.2)
    p.add_page()
    p.heading("Your claims in detail", 11, rule=True)
    widths = [20, 48, 12, 40, 15, 15, 15, 11, W - 176]
    p.bare_table(["Claim no.", "Provider", "Date", "Service", "Billed", "Plan's price", "Plan paid", "Your share",
                  "Code"], rows, widths, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], size=6.9, row_h=4.5,
                 bold_rows=bold, cont="Your claims in detail, continued",
                 totals=["TOTALS", "", "", "", n2(tb), n2(ta), n2(tp), n2(ts), ""])
    p.glossary("What the codes mean", [
        ("P01", "Paid at the plan's price. A fireline injury or illness during a dispatch; you owe nothing."),
        ("D07", "The date of the injury falls outside a dispatch on your crew time reports. The plan covers injuries "
                "and illness from check-in at an incident to demobilization, including travel with the crew, and "
                "not days between assignments."),
        ("N12", f"No call to the {NURSE} or referral from the incident's medical unit before non-emergency care.")],
        size=7.6)
    p.heading("How to read this statement", 10)
    p.para("The plan's price is the amount the plan allows for a service. For example, if a clinic bills $100.00 and "
           "the plan's price is $70.00, the plan pays $70.00 for a covered injury.", 8.4)
    p.heading("If you disagree", 10)
    p.para(f"You may ask for a review of any claim on this statement within 180 days of the date of this statement. "
           f"Write to Claim Reviews, {TPA}, {PO}, with the claim number and the reason. You may ask for free copies "
           "of the crew time reports and papers we used.", 8.4)
    t = truth("eob", "eligibility", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"TCF{num}", member_name=pat,
              cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(d_uc)], denial_date=iso(sd), provider=uc,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [np_, first_last(np_)]})
    return out(p), t


def clean_tpa_rehab(rng):
    pat, surg, rn, md = people(rng, 4, sexes="FXFM")
    num = member_no(rng)
    grp = group_no(rng)
    req = f"UR-26-{digits(rng, 6)}"
    burn = "High Desert Burn and Wound Center"
    rehab = "Paulina Range Rehabilitation Hospital"
    inj = dt.date(2026, 8, rng.randint(3, 6))
    rcvd = plus(inj, rng.randint(9, 11))
    ld = workday(plus(rcvd, rng.randint(4, 6)))
    planned = plus(ld, rng.randint(5, 8))
    fid = f"Request {req}  |  Mbr TCF {num}  |  Grp {grp}"
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"UR-LOC-3 (01/2026)  |  Notice mailed {slash(ld)}",
                foot_ids=fid, run_left=f"Mbr TCF {num}", run_right="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, "Medical Review")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *home(rng)],
              [("Request no.", req), ("Crew member", pat), ("Member ID", f"TCF {num}"), ("Group no.", grp),
               ("Plan ID", PLAN_ID), ("Request received", ymd_slash(rcvd)), ("Requested by", f"Dr. {surg}")],
              w=94, cap_w=32)
    p.subject("Your request for a stay in an inpatient rehabilitation unit")
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {surg} of {burn} asked us, for the {PLAN}, to approve your admission to the inpatient "
           f"rehabilitation unit of {rehab} on {long(planned)}, for about ten days of therapy after the burn to your "
           f"right hand and forearm on the {INCIDENTS[1][0]} on {long(inj)}.", 10)
    p.para("**We did not approve the inpatient stay. We approved hand therapy as an outpatient.** The burn is a "
           "fireline injury the plan covers, and we agree that you need therapy. Page 2 explains our decision and "
           "what you can do.", 10)
    yb = p.money_box("What we approved", [("Outpatient hand therapy, 3 visits a week", "up to 24 visits"),
                                     ("Splints and dressing supplies", "as ordered"),
                                     ("Inpatient rehabilitation stay", "not approved")],
                w=120, bold_last=True)
    p.set_xy(p.l_margin, yb + 4)
    p.para(f"The outpatient therapy may be given at {rehab}'s outpatient hand clinic or at any therapy clinic you "
           "choose. You do not need another approval for it.", 10)
    p.add_page()
    p.heading("Why we made this decision", 11.5)
    p.para("A nurse reviewer read the request, the burn center's discharge summary and therapy notes, and the "
           "surgeon's orders, and a medical director who is a physician reviewed them as well; the plan pays for an "
           "inpatient rehabilitation stay when a person needs the round-the-clock nursing, the daily visits of a "
           "physician and the several hours of therapy a day that only an inpatient unit gives, and it pays for "
           "therapy in an outpatient clinic when that is enough; the notes show that your grafts have taken, that "
           "you walk, dress, eat and look after yourself without help, and that you live twenty minutes from the "
           "hand clinic, so the records do not show that you need the inpatient unit and the hand therapy your "
           "surgeon ordered can be given safely to you as an outpatient three times a week; this is why we approved "
           "the therapy and not the stay, and the decision would be the same for any crew member with the same "
           "records.", 10)
    p.para("We used the plan's rules on rehabilitation care and generally accepted guidelines for burn "
           "rehabilitation. You may ask for free copies of them and of the records we used.", 10)
    p.heading("What you can do", 11)
    p.bullets([f"Talk with Dr. {surg.split()[-1]}. If your condition changes, your surgeon may send a new request.",
               "Ask for an appeal. You or someone you name may appeal within 180 calendar days of the date you "
               "receive this notice. Write to Appeals at the address above.",
               "If waiting could seriously harm your health, ask for a fast appeal by phone; fast appeals are decided "
               "within 72 hours.",
               "After an appeal, you may be able to ask for an external review by an independent reviewer."], 9.8)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Medical Review"], [f"{md}, MD", "Medical director"])
    p.add_page()
    p.nondiscrim(TPA, tollfree(rng, "877"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "877"))
    t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=PLAN_ID, group=grp, member_id=f"TCF{num}",
              member_name=pat, cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {surg}",
              alternates={"insurer": TPA_ALT, "provider": [surg, burn, rehab]})
    return out(p), t


def faxstd_provider(rng):
    pat, pa, clerk = people(rng, 3, sexes="MXX")
    num = member_no(rng)
    grp = group_no(rng)
    clinic = "Beargrass Walk-In Clinic"
    claim = f"TC26{digits(rng, 7)}"
    dos = dt.date(2026, 8, rng.randint(20, 26))
    rcvd = plus(dos, rng.randint(5, 8))
    nd = workday(plus(rcvd, rng.randint(7, 10)))
    call_d = plus(nd, -rng.randint(2, 3))
    billed = rng.choice([226.0, 241.0, 214.0])
    fax = (f"{nd:%m/%d/%y} {rng.randint(9, 16)}:{rng.randint(10, 59)}  BASALT POINT PROVIDER SVCS  "
           f"{phone(rng, '541')}  TO {phone(rng, '509')}  PG {{n}}")
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Provider notice PN-4 (01/2026)  |  {slash(nd)}", fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    plan_head(p, rng, "Provider Claim Notice", box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NOTICE DATE", wday_long(nd)), ("CLAIM NUMBER", claim), ("CLAIM RECEIVED", mdy_dots(rcvd))],
               [W * 0.42, W * 0.3, W * 0.28], size=9.4, h=10.5)
    p.capstrip([("PREFIX", "TCF"), ("MEMBER NO.", num), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID)],
               [W * 0.14, W * 0.3, W * 0.24, W * 0.32], size=9.4, h=10.5)
    p.capstrip([("PATIENT", pat), ("DATE OF SERVICE", slash(dos)), ("AMOUNT BILLED", usd(billed))],
               [W * 0.42, W * 0.3, W * 0.28], size=9.4, h=10.5)
    p.ln(4)
    for ln in [f"{clinic}  (billing provider)", "Attn: Billing", "311 Riverside Ave", "Twisp Crossing, WA 98856"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.pairs([("Rendering", f"{pa}, PA-C"), ("Service", "Office visit, new patient (99203), eye irritation"),
             ("Incident", f"{INCIDENTS[2][0]}, {INCIDENTS[2][1]}, resource order C-{rng.randint(11, 39)}")],
            label_w=26, size=9.4)
    p.ln(2)
    p.heading("Claim decision: not payable", 11)
    p.para(f"The {PLAN} pays for care during a dispatch that is not an emergency when the crew member first called "
           f"the {NURSE} or was sent by the incident's medical unit. The nurse line has no call from this crew member "
           "in the two days before the visit, the medical unit's log shows no referral, and nothing on the claim "
           "shows an emergency. The visit is not payable under Plan Rules, section 3.4.", 9.8)
    p.para("The crew member's eye was red and sore from smoke and ash. The nurse line can send a crew member to a "
           "clinic the same day; if it did, send us the nurse line reference and we will look at the claim again.",
           9.8)
    p.para(f"Your office called Provider Services about this claim on {slash(call_d)} (call ref. "
           f"PS-{call_d:%m%d}-{digits(rng, 4)}); this notice is our written answer.", 9.4)
    p.heading("Reconsideration", 10.5)
    p.para("You may ask us to reconsider this decision within 120 days of the date of this notice. Send the "
           f"Provider Reconsideration form with the claim number and your records to {TPA}, {PO}.", 9.4)
    p.f(8.4)
    p.cell(0, 4.4, f"Prepared by {clerk}, claims examiner", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"TCF{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=f"{pa}", appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [first_last(pa), clinic]})
    return out(p), t


def phone_es(rng):
    pat, boss, sig = people(rng, 3, es=True, sexes="MXX")
    num = member_no(rng)
    grp = group_no(rng)
    claim = f"TC26{digits(rng, 7)}"
    hosp = "Pine Coulee Community Hospital"
    inc, inc_no = INCIDENTS[2]
    dos = dt.date(2026, 8, rng.randint(21, 27))
    ld = workday(dt.date(2026, 9, rng.randint(3, 8)))
    by = plus(ld, 60)
    lines = [("Visita de emergencia (99283)", rng.choice([684.0, 702.0])), ("Radiografía de muñeca (73110)", 156.0),
             ("Férula (29125)", 118.0)]
    tot = round(sum(b for _, b in lines), 2)
    p = EISheet(footer="Página {n} de {nb}", footer_left=f"Carta TC-ES-6 (01/2026)  |  Enviada {slash(ld)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, "", es=True)
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *home(rng)],
              [("N.º de miembro", f"TCF {num}"), ("Grupo", grp), ("N.º de reclamo", claim),
               ("Incendio", inc), ("Fecha del servicio", es_date(dos))], w=96, cap_w=34)
    p.heading("Sobre su visita a la sala de emergencias", 12)
    p.para(f"Estimado {pat}:", 10)
    p.para(f"{hosp} nos mandó el reclamo {claim} por la atención que le dieron el {es_date(dos)}, cuando se "
           f"lastimó la muñeca derecha jugando fútbol en el campamento del {inc} ({inc_no}).", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado por el plan"],
            [[s, usd(b), "$0.00"] for s, b in lines] + [["Total", usd(tot), "$0.00"]],
            [W * 0.6, W * 0.2, W * 0.2], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.shift_log("Reporte de tiempo de la cuadrilla (extracto)", ["Fecha", "Entrada", "Salida", "Horas", "Nota"],
                [[slash(plus(dos, -1)), "06:00", "20:00", "14.0", "Línea de fuego, división C"],
                 [slash(dos), "06:00", "19:30", "13.5", "Línea de fuego, división C; lesión reportada a las 21:40"]],
                [24, 20, 20, 16, W - 80], mark=1,
                note=f"Firmado por el jefe de cuadrilla, {boss}.")
    p.para("**El plan no paga esta atención.** El plan paga las lesiones que ocurren mientras usted está en su turno "
           "en la línea de fuego o en un trabajo asignado, y en los viajes con la cuadrilla. Según el reporte de "
           "tiempo, su turno terminó a las 19:30 y usted se lastimó a las 21:40, en su tiempo libre. Las lesiones "
           "en el tiempo libre no están cubiertas, aunque ocurran en el campamento (Reglas del Plan, sección 2.6).",
           10)
    p.para(f"**Si no está de acuerdo.** Puede pedir una revisión a más tardar el {es_date(by)}. Mande una carta a "
           f"Revisiones, {TPA}, {PO}, con el número de reclamo y sus razones.", 10)
    p.signoff(["Atentamente,", sig, "Servicios a Miembros"], 9.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"TCF{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by), lang="es", alternates={"insurer": PLAN_ALT})
    return out(p), t


def rotated_appeal(rng):
    pat, ortho, chair = people(rng, 3, sexes="XXF")
    num = member_no(rng)
    grp = group_no(rng)
    core = digits(rng, 5)
    appeal = f"AP-2608-{core}"
    claim = f"CL-2608-{core[:3]}{core[4]}{core[3]}"
    img = "Rimrock Imaging Center"
    inj = dt.date(2026, 8, rng.randint(5, 8))
    mri = plus(inj, rng.randint(12, 15))
    filed = dt.date(2026, 9, rng.randint(8, 11))
    dd = workday(dt.date(2026, 9, rng.randint(21, 24)))
    by = plus(dd, 90)
    billed = rng.choice([2140.0, 2086.0, 2215.0])
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Appeal decision AD-2 (01/2026)  |  Notice mailed {slash(dd)}",
                every=f"Appeal {appeal}  |  Claim {claim}  |  TCF {num}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, "Appeals Committee")
    p.line(ymd_slash(dd), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *home(rng)],
              [("Appeal no.", appeal), ("Claim no.", claim), ("Member ID", f"TCF {num}"), ("Group no.", grp),
               ("Appeal received", slash(filed))], w=90, cap_w=30)
    p.heading("Decision on your appeal", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"You appealed our decision not to pay {img}'s claim for an MRI of your left shoulder on {long(mri)} "
           f"({usd(billed)}), ordered by Dr. {ortho} after you fell on a steep slope while cutting line on the "
           f"{INCIDENTS[1][0]} ({INCIDENTS[1][1]}) on {long(inj)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Date", "Service", "Billed", "Plan paid"],
             [[slash(mri), "MRI, shoulder, without contrast (73221)", usd(round(billed - 310.0, 2)), "$0.00"],
              [slash(mri), "Reading by radiologist (73221-26)", usd(310.0), "$0.00"]],
             [W * 0.18, W * 0.52, W * 0.15, W * 0.15], aligns=["L", "L", "R", "R"], size=8.8,
             totals=["", "Total", usd(billed), "$0.00"])
    p.para("**The Appeals Committee upholds the decision.** The shoulder injury is a fireline injury, and we do not "
           "question that you needed the MRI. But Talon Creek Fire Crews reported the fall to its workers' "
           "compensation insurer, and the compensation claim for this injury was accepted on August 28, 2026. Under "
           "Plan Rules, section 6.2, when a workers' compensation claim is open for the same injury, the "
           "compensation insurer pays first and the plan pays only what compensation refuses.", 10)
    p.add_page()
    p.para(f"Please ask {img} to send its bill to the compensation insurer, using the compensation claim number "
           "on the letter you received from it. If compensation refuses any part of the bill, send us its decision "
           "and we will look at the claim again without a new appeal.", 10)
    p.para("Three members of the Appeals Committee who took no part in the first decision reviewed your appeal.", 10)
    p.heading("If you still disagree", 10.5)
    p.para(f"You may ask for a second-level review by the plan's trustees. Your request must reach us no later than "
           f"{long(by)}. Write to Appeals, {TPA}, {PO}.", 9.8)
    p.signoff(["For the Appeals Committee,", chair, "Chair"], 9.6)
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=f"TCF{num}", member_name=pat,
              cases=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(mri)], denial_date=iso(dd),
              provider=img, appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "case_numbers": [[appeal], [claim]], "provider": [f"Dr. {ortho}",
                                                                                               ortho]})
    return out(p), t


def lowres_pharmacy(rng):
    pat, sig, rep = people(rng, 3, sexes="FXX")
    num = member_no(rng)
    grp = group_no(rng)
    claim = f"RX26-{digits(rng, 6)}"
    pharm = "Ponderosa Drug & Gift"
    fill = dt.date(2026, 7, rng.randint(8, 10))
    rcvd = plus(fill, 97)
    ld = workday(plus(rcvd, 6))
    called = plus(rcvd, -rng.randint(3, 5))
    rx = [("Cephalexin 500 mg, 28 capsules", digits(rng, 7), rng.choice([38.6, 42.1])),
          ("Silver sulfadiazine cream 1%, 50 g", digits(rng, 7), rng.choice([61.35, 57.8]))]
    tot = round(sum(b for *_, b in rx), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"CLM-90 (01/2026)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, "Claims")
    p.line(dmy_dash(ld), 10.2, "B")
    p.ln(2)
    for ln in [pat, *home(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([f"Pharmacy receipt claim {claim}", f"Member ID TCF {num}", f"Group {grp}"])
    p.para(f"Dear {pat}:", 10)
    p.para(f"We are writing about the receipt from {pharm} that you sent us for two prescriptions filled on "
           f"{long(fill)}, during your dispatch to the {INCIDENTS[0][0]}. When you called us on {long(called)} "
           f"(call reference {called:%y%m%d}-{digits(rng, 4)}), {rep} told you a letter would follow.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rx number", "Medicine", "Filled", "Paid by you"],
            [[n, m, slash(fill), usd(b)] for m, n, b in rx] + [["", "Receipt total", "", usd(tot)]],
            [W * 0.18, W * 0.48, W * 0.16, W * 0.18], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"The {PLAN} pays back crew members who pay for covered care themselves on a dispatch, which happens "
           "often at small-town pharmacies near an incident, and it asks for the receipt and the crew time report "
           "page for the day so that we can match the care to a dispatch; the plan's rules give crew members and "
           "providers 90 days from the date of service to send a claim, and because your receipt reached us on "
           f"{long(rcvd)}, 97 days after the prescriptions were filled, it came in after that limit and the plan "
           "cannot pay it; we checked whether anything kept you from sending it sooner, such as a later dispatch "
           "with no mail service or a stay in the hospital, and our records do not show one.", 10)
    p.para("If something did keep you from sending the receipt within 90 days, write to us and tell us what it was; "
           "we will look again.", 10)
    p.para("If you disagree with this decision, you may appeal within 60 days of the date of this letter. Write to "
           f"Appeals, {TPA}, {PO}, with the claim number.", 10)
    p.signoff(["Sincerely,", sig, "Claims"], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=TPA, group=grp, member_id=f"TCF{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(fill)], denial_date=iso(ld), provider=pharm,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": TPA_ALT})
    return out(p), t


def photocopy_stack(rng):
    pat, erdoc = people(rng, 2, sexes="MX")
    num = member_no(rng)
    grp = group_no(rng)
    hosp = "Stillwater Basin Hospital"
    dos = dt.date(2026, 8, rng.randint(10, 14))
    eob_d = plus(dos, rng.randint(16, 19))
    bill_d = plus(eob_d, rng.randint(10, 14))
    lines = [("99284", "Emergency department visit, level 4", rng.choice([1180.0, 1224.0])),
             ("96360", "IV fluids, first hour", 412.0), ("96361", "IV fluids, each added hour", 186.0),
             ("80048", "Basic metabolic panel", 148.0), ("J7030", "Normal saline, 1000 mL", 64.0)]
    billed = round(sum(x[2] for x in lines), 2)
    allowed = round(billed * 0.7, 2)
    claim = f"TC26{digits(rng, 7)}"
    acct = f"SBH{digits(rng, 7)}"
    addr = home(rng)
    # document 1: the hospital's statement
    b = EISheet(footer=None, footer_left=f"Statement {slash(bill_d)}  |  Account {acct}  |  Return the top part")
    b.set_margins(16, 14, 16)
    b.add_page()
    b.head(hosp, "SBH", ["1200 Hospital Hill Rd, Stillwater, ID 83440  |  Patient accounts " + phone(rng, "208"),
                         "Mon-Fri 8:00-4:30 Mountain"], box="STATEMENT", size=12)
    W = b.w - b.l_margin - b.r_margin
    bal = round(billed - allowed, 2)
    b.capstrip([("STATEMENT DATE", slash(bill_d)), ("ACCOUNT", acct), ("DATE OF SERVICE", slash(dos)),
                ("AMOUNT DUE", usd(bal))], [W * 0.24, W * 0.22, W * 0.26, W * 0.28], size=9.4)
    b.ln(3)
    for ln in [pat, *addr]:
        b.line(ln, 10)
    b.ln(3)
    b.pairs([("Patient", pat), ("Attending", f"Dr. {erdoc}"), ("Insurance", PLAN), ("Policy #", f"TCF{num}")],
            label_w=32, size=9.4)
    b.ln(2)
    b.table(["Code", "Description", "Charge"],
            [[c, d, usd(v)] for c, d, v in lines] +
            [["", "Total charges", usd(billed)], ["", f"Insurance payment {slash(eob_d)}", f"-{usd(allowed)}"],
             ["", "Balance due from you", usd(bal)]],
            [W * 0.14, W * 0.6, W * 0.26], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para("Your insurance has paid. The balance is now your responsibility. We do not have a contract with your "
           "plan. Call Patient Accounts to set up a payment plan.", 9.4)
    d_bill = (out(b), truth("other", None, insurer=None, member_id=f"TCF{num}", member_name=pat, cases=[],
                            claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(bill_d), provider=hosp,
                            unscored=["insurer"], alternates={"member_id": [None], "provider": [f"Dr. {erdoc}"]}))
    # document 2: the plan's EOB, two pages
    e = EISheet(footer="Page {n} of {nb}", footer_left=f"EOB {slash(eob_d)}  |  Member ID TCF {num}  |  "
                                                       "Form BPC-EOB-2")
    e.set_margins(16, 14, 16)
    e.add_page()
    plan_head(e, rng, "Crew accident medical benefits", box="EXPLANATION OF BENEFITS")
    e.f(11, "B")
    e.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    e.addr_kv([pat, *addr], [("Statement date", long(eob_d)), ("Member ID", f"TCF {num}"), ("Group no.", grp),
                             ("Plan ID", PLAN_ID)], w=92, cap_w=32)
    W = e.w - e.l_margin - e.r_margin
    rows = [[claim if i == 0 else "", hosp if i == 0 else "", yy(dos), d, n2(v), n2(round(v * 0.7, 2)),
             n2(round(v * 0.7, 2)), "0.00"] for i, (c, d, v) in enumerate(lines)]
    rows.append(["", "", "", "Claim total", n2(billed), n2(allowed), n2(allowed), "0.00"])
    e.table(["Claim no.", "Provider", "Date", "Service", "Billed", "Plan's price", "Plan paid", "Your share"],
            rows, [22, 40, 15, 50, 15, 15, 15, W - 172], size=7.2,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R"], bold_last=True, row_h=5.0)
    e.para(f"**What we paid.** Heat illness on the fireline during a dispatch ({INCIDENTS[1][0]}) is covered. We paid "
           f"{hosp} {usd(allowed)}, the plan's price. Your share is $0.00.", 9.6)
    e.add_page()
    e.heading("About the rest of the bill", 11)
    e.para(f"{hosp} has no contract with the plan, so it may send you a bill for the difference between its charges "
           "and the plan's price. If you get such a bill, call Crew Member Services before you pay it; we may be "
           "able to settle the amount with the hospital.", 9.6)
    e.heading("Questions", 11)
    e.para("If you think we processed this claim wrong, call Crew Member Services or write to us. Your plan booklet "
           "explains how to ask for a review.", 9.6)
    d_eob = (out(e), truth("eob", None, insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"TCF{num}",
                           member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)],
                           denial_date=iso(eob_d), provider=hosp, alternates={"insurer": PLAN_ALT}))
    return [d_bill, d_eob]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_urgent_care_between_dispatches_code_only_totals_last_page",
             "born_digital", [born_eob(rng)]),
        Item(F + "clean300_tpa_three_page_rehab_admission_outpatient_instead_nurse_and_md_taglines", "scan_clean_300",
             [clean_tpa_rehab(rng)]),
        Item(F + "faxstd_provider_notice_boxes_no_nurse_line_call_rendering_pa_only", "fax_standard_g4",
             [faxstd_provider(rng)]),
        Item(F + "phone_es_lesion_fuera_de_turno_futbol_en_el_campamento", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_appeal_upheld_workers_comp_first_lookalike_numbers", "rotated",
             [rotated_appeal(rng)]),
        Item(F + "lowres_tpa_letter_pharmacy_receipt_after_90_days_buried_reason", "scan_lowres_150",
             [lowres_pharmacy(rng)]),
        Item(F + "photocopy_stack_hospital_balance_bill_blank_then_paid_eob_page_two_sideways", "photocopy",
             photocopy_stack(rng), separators=["blank", None], turns={(1, 1): 90}),
    ]
    return items
