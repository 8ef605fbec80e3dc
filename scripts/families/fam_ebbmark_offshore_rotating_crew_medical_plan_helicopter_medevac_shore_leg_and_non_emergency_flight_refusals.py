"""An invented offshore platform operator's medical plan for its rotating crews. Ebbmark Offshore Operating Company,
LLC runs two production platforms in the Gulf of Mexico (Mizzen Shoal A and Fathom Ridge B, on an invented
"Vermeil Bank" lease area) and flies its crews out from an invented heliport at Port Vermeil, Louisiana, on a
fourteen-days-on, fourteen-days-off rotation ("hitch" and "shore leg"). It sponsors the Ebbmark Rotating Crew
Medical Plan (plan ID ERC-1414, group EBK-3301, member numbers "EBX" and eight digits, printed with the prefix
apart); claims are handled by the administrator Loomhaven Benefit Administrators, Inc., which writes some papers on
its own letterhead. The invented rules: the plan covers a crew member from check-in at the heliport for a hitch
until landing back there, plus follow-up care for 90 days for an illness or injury that began on the hitch; an
illness that begins on the shore leg is not covered; care in the platform's sick bay by the contract medics
(Stormhaven Offshore Medical Services) costs the member nothing; a helicopter medical flight is paid only when the
platform medic, with the contract's on-call ("topside") physician, calls an emergency medevac, and any other trip
ashore or back to the platform is made on the scheduled crew-change flight; an inpatient admission ashore must be
reported to the administrator within 2 business days; an injury at work goes to the operator's carrier under the
Longshore and Harbor Workers' Compensation Act as the Outer Continental Shelf Lands Act extends it (both public
laws, named as themselves). Every company, platform, heliport, hospital, clinic, pharmacy, carrier, person, number,
code (M4, S2, R9, ...), time limit and amount is invented, phones 555; CPT, HCPCS and revenue codes appear as
themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_two_page_eob_medevac_lines_refused_code_m4_rotation_strip: the administrator's two-page EOB ("THIS IS
  NOT A BILL", prefix "EBX" apart from the member number, "2026/03/18"-shaped statement date in a box and the
  issue date in the footer), a money summary, the year's deductible, a calendar strip of the hitch with the flight
  day marked, a "for example, a claim for $100" decoy; page 2 an unruled listing of three claims whose providers
  stand only in heading lines after "Rendering:", the helicopter company's base-rate and mileage lines paying 0.00
  under M4 beside a paid emergency room claim, the totals row and the code glossary (the only place the reason is
  told); "within 180 days of the date of this statement".
- scan_four_page_letter_ids_in_small_footer_pneumonia_began_on_shore_leg_two_signers: the plan's four-page letter,
  member and claim numbers only in a small running footer line, a weekday date, page 2 the hospital stay
  ("Servicing:", "Attending:", "service from ... through ..."), page 3 the reason ("the information we received does
  not show that your illness began during your hitch", "we cannot reimburse") with a calendar strip of the rotation,
  a nurse reviewer and a medical director signing, "no later than" a printed date; page 4 the nondiscrimination
  notice and the language taglines.
- faxstd_provider_notice_boxes_admission_not_reported_within_two_business_days: a standard-mode fax provider notice in
  boxes with small captions; group and member numbers side by side, the inpatient claim number and a look-alike call
  reference, the paid emergency claim's number as decoy; the reason in one sentence of a long paragraph (nobody
  reported the admission); "within 90 days of the date of this notice".
- phone_es_carta_quemadura_en_la_cocina_accidente_de_trabajo: a photographed Spanish letter from the plan to a galley
  hand, address at the left and a key/value block on the right half, "4 de marzo de 2026" dates; a burn at work goes
  to the operator's carrier ("no es un gasto que este plan pueda pagar"); "dentro de los 60 días siguientes a la
  fecha de esta carta".
- lowres_approval_lithotripsy_on_shore_leg_follow_up_amount_plan_will_pay: a 150 dpi approval from the administrator
  (denies nothing): treatment on the shore leg of a kidney stone first found in the sick bay during the hitch, inside
  the 90-day follow-up; the pre-approval number only in the subject line, the estimate, the allowance and the amount
  the plan expects to pay in a framed box; "2026/03/04"-shaped received date.
- rotated_two_column_letter_return_flight_to_platform_amount_wraps_in_narrow_column: a one-page letter to the
  helicopter company fed turned, a ruled sidebar of identifiers at the left and the letter in the right column, a
  narrow amount column in which the refused base rate wraps onto a second line; a flight back to the platform after
  discharge is "outside what the plan's benefit allows"; "within 120 days from the date of this letter".
- photocopy_stack_air_ambulance_invoice_duplex_then_appeal_upheld_back_spasm_flight_sideways: a photocopied stack:
  the helicopter company's invoice to a crew member (a real bill; denies nothing), its blank duplex back, then the
  plan's two-page appeal decision keeping the refusal of the flight (appeal and claim numbers, the medic's log and
  the crew-change schedule; page 2 fed sideways; the appeals chair and the medical director sign; a second review
  "within 60 days after you receive this letter", nothing to count from).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjd import (JDSheet, digits, dmy_dash, es_date, first, iso, last_first, long, m2, mdy_dots, n2,
                               ord_long, out, people, phone, plus, slash, spaced, surname, tollfree, truth, usd,
                               usd_code, usd_es, wday_long, workday, ymd_slash, yy)

FAMILY = "ebbmark_offshore_rotating_crew_medical_plan_helicopter_medevac_shore_leg_and_non_emergency_flight_refusals"
LANG = "en"
SEED = 355093
COMPANY = "Ebbmark Offshore Operating Company, LLC"
PLAN = "Ebbmark Rotating Crew Medical Plan"
PLAN_ES = "Plan Médico para Cuadrillas Rotativas de Ebbmark"
PLAN_ALT = ["Ebbmark Offshore Operating Company", COMPANY, "Ebbmark", "Ebbmark Rotating Crew Plan", PLAN_ES]
TPA = "Loomhaven Benefit Administrators, Inc."
TPA_ALT = ["Loomhaven Benefit Administrators", "Loomhaven", "Loomhaven Benefit Administrators Inc"]
GROUP = "EBK-3301"
PLAN_ID = "ERC-1414"
PFX = "EBX"
PLAN_BOX = "Crew Benefits Office, 600 Heliport Road, Port Vermeil, LA 70398"
TPA_BOX = "P.O. Box 51870, Lafayette, LA 70505"
HELI = "Auklet Air Medical, LLC"
HOSP = "Bayou Vermeil Regional Medical Center"
URGENT = "Port Vermeil Urgent Care"
MEDICS = "Stormhaven Offshore Medical Services"
CARRIER = "Fathom Mutual Marine & Casualty Company"
UROLOGY = "Chenier Urology Associates"
SURGCTR = "Spartina Surgery Center"
SHORE_HOSP = "Lakeshore Pines Hospital"
PLATFORMS = ["Mizzen Shoal A", "Fathom Ridge B"]


def mem_no(rng):
    return digits(rng, 8)


def home_address(rng):
    town, st, z = rng.choice([("Houma", "LA", "70360"), ("Lake Charles", "LA", "70601"), ("Beaumont", "TX", "77701"),
                              ("Pascagoula", "MS", "39567"), ("Mobile", "AL", "36604"), ("Thibodaux", "LA", "70301"),
                              ("Port Arthur", "TX", "77640"), ("Gulfport", "MS", "39501")])
    street = rng.choice(["Shrimp Boat Ln", "Cypress Knee Dr", "Levee Rd", "Oyster Shell Ct", "Pirogue St Apt 6",
                         "Crew Boat Rd", "Marsh Hawk Ln", "Drill Pipe Dr", "Tidewater Cir"])
    return [f"{rng.randint(102, 9870)} {street}", f"{town}, {st} {z}"]


def tpa_head(p, rng, box=None):
    p.masthead(TPA, f"Claims administrator for the {PLAN}",
               [TPA_BOX, f"Crew member services {tollfree(rng, '888')}", f"Providers {tollfree(rng, '866')}",
                "TTY 711"], box=box, size=13.5)


def plan_head(p, rng, box=None, es=False):
    if es:
        p.masthead(PLAN, f"{PLAN_ES}  |  Patrocinado por {COMPANY}",
                   ["Crew Benefits Office", "600 Heliport Road, Port Vermeil, LA 70398",
                    f"Beneficios {tollfree(rng, '855')}", "TTY 711"], box=box, size=11.6)
    else:
        p.masthead(PLAN, f"Sponsored by {COMPANY} for crews of Mizzen Shoal A and Fathom Ridge B",
                   ["Crew Benefits Office", "600 Heliport Road, Port Vermeil, LA 70398",
                    f"Crew benefits {tollfree(rng, '855')}", "TTY 711"], box=box, size=11.6)


def hitch_days(start: dt.date, on_start: dt.date, n: int = 28):
    """Codes for n days from start: ON for 14 days from on_start, T on the travel days, off otherwise."""
    days = []
    for i in range(n):
        d = start + dt.timedelta(days=i)
        k = (d - on_start).days
        if k in (0, 13):
            days.append(("T", "heliport travel day (on rotation)"))
        elif 0 < k < 13:
            days.append(("ON", "on the platform"))
        else:
            days.append(("off", "shore leg"))
    return days


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, _pilot, medic, er_doc, uc_doc = people(rng, 5, sexes="MMFFM")
    num = mem_no(rng)
    on = dt.date(2026, 2, rng.randint(2, 4))
    fl = plus(on, rng.randint(6, 9))
    fu = plus(fl, rng.randint(3, 5))
    sd = dt.date(2026, 3, 18)
    miles = rng.randint(78, 96)
    per_mile = 212.0
    base = rng.choice([14850.0, 15275.0, 14420.0])
    claims = [
        (f"LB{fl:%m%d}-{digits(rng, 6)}", HELI, f"{medic}, flight paramedic", fl,
         [("Rotor wing air transport, base rate", "A0431", base, None),
          (f"Rotor wing mileage, {miles} statute miles", "A0436", round(miles * per_mile, 2), None)]),
        (f"LB{fl:%m%d}-{digits(rng, 6)}", HOSP, f"Dr. {er_doc}", fl,
         [("Emergency department visit", "99284", 1640.0, 692.4), ("CT maxillofacial, with contrast", "70487",
                                                                     2310.0, 486.15),
          ("Ceftriaxone injection", "J0696", 96.0, 18.2)]),
        (f"LB{fu:%m%d}-{digits(rng, 6)}", URGENT, f"Dr. {uc_doc}", fu,
         [("Office visit, established", "99213", 186.0, 118.3)]),
    ]
    ded_left = 500.0 - rng.choice([310.0, 275.5, 342.0])
    left = ded_left
    rows = []
    tb = ta = tp = ts = 0.0
    for cno, prov, rend, d, lines in claims:
        rows.append(("span", f"{prov}   Claim {cno}   Rendering: {rend}"))
        cb = ca = cp = cs = 0.0
        for desc, code, b, al in lines:
            if al is None:
                rows.append([slash(d), desc, code, n2(b), "0.00", "0.00", n2(b), "M4"])
                cb += b
                cs += b
                continue
            dd = round(min(left, al), 2)
            left = round(left - dd, 2)
            pd = round((al - dd) * 0.85, 2)
            sh = round(al - pd, 2)
            rows.append([slash(d), desc, code, n2(b), n2(al), n2(pd), n2(sh), "D2" if dd else "P1"])
            cb, ca, cp, cs = cb + b, ca + al, cp + pd, cs + sh
        rows.append(("bold", ["", "Claim total", "", n2(cb), n2(ca), n2(cp), n2(cs), ""]))
        rows.append(("gap",))
        tb, ta, tp, ts = tb + cb, ta + ca, tp + cp, ts + cs
    rows.append(("bold", ["", "TOTALS, THIS STATEMENT", "", n2(tb), n2(ta), n2(tp), n2(ts), ""]))
    den = claims[0]
    den_b = round(sum(x[2] for x in den[4]), 2)
    p = JDSheet(footer="Page {n} of {nb}", footer_left=f"Issued {slash(sd)}  |  LBA-EOB-14")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(PFX, "Prefix", 16), (num, "Member number", 32), (GROUP, "Group", 28), (PLAN_ID, "Plan ID", 28),
                  (ymd_slash(sd), "Statement date", 34), (rng.choice(PLATFORMS), "Work location", W - 138)], size=9)
    p.ln(1)
    y0 = p.get_y()
    for ln in [pat, *home_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("Totals on this statement", [
        ("Charged", usd(tb)), ("Plan allowance", usd(ta)), ("Paid to providers", usd(tp)),
        ("Check to you", "$0.00"), ("You may owe", usd(ts))], x=p.l_margin + W - 90, w=90)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    yd = p.money_box("Deductible, plan year 2026", [("Deductible", "$500.00"),
                                                    ("Met before this statement", usd(500.0 - ded_left)),
                                                    ("Met so far", usd(500.0 - left))], w=90, size=8.4)
    p.set_xy(p.l_margin, yd + 4)
    p.rotation_strip(f"Your rotation (hitch beginning {long(on)})", plus(on, -3), hitch_days(plus(on, -3), on),
                     marks={(fl - plus(on, -3)).days: "FLIGHT"})
    p.para("The plan pays 85% of its allowance after the deductible for care covered while you are on rotation. "
           "For example, a claim for $100.00 with a plan allowance of $80.00 and the deductible met is paid $68.00 "
           "and you may owe $12.00. Care in the platform sick bay is free and does not appear here.", 8.6)
    p.para("Keep this statement. A provider may bill you only for the amounts in the last column.", 8.6)
    p.add_page()
    p.heading("Claims processed", 11.5, rule=True)
    widths = [18, 58, 14, 20, 20, 20, 22, W - 172]
    p.listing(["Date", "Service", "Code", "Charged", "Allowance", "Plan paid", "You may owe", "Note"], rows, widths,
              ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.6, row_h=4.6, cont="Claims processed, continued")
    p.para("If you think a claim on this statement was handled wrongly, you may appeal within 180 days of the date of "
           f"this statement. Write to Appeals, {TPA}, {TPA_BOX}, and include the claim number.", 8.6)
    p.ruled_glossary("Note codes", [
        ("P1", "Paid at 85% of the plan allowance."),
        ("D2", "Part of the allowance went to your deductible."),
        ("M4", "A helicopter flight is paid only when the platform medic and the on-call physician call an "
               "emergency medevac. The records show the condition could wait for the scheduled crew-change flight, "
               "so the flight is not payable."),
        ("S2", "Care on your shore leg for an illness or injury that began on the shore leg."),
        ("R9", "Inpatient admission not reported within 2 business days.")], size=8.0)
    t = truth("eob", "medical_necessity", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=f"{PFX}{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(fl)], denial_date=iso(sd),
              provider=HELI, appeal_deadline=iso(plus(sd, 180)), denial_alternates=["not_covered"],
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": ["Auklet Air Medical", medic]})
    return out(p), t


def scan_shore_leg_letter(rng):
    pat, att, rn, md = people(rng, 4, sexes="MFFM")
    num = mem_no(rng)
    claim = f"LB-{digits(rng, 3)}-{digits(rng, 6)}"
    on = dt.date(2026, 1, rng.randint(19, 22))
    back = plus(on, 13)
    sick = plus(back, rng.randint(5, 7))
    adm = plus(sick, rng.randint(1, 2))
    dis = plus(adm, rng.randint(3, 5))
    ld = dt.date(2026, 3, 10)
    by = dt.date(2026, 9, 4)
    lines = [("0110", "Room and board, private", (dis - adm).days, 3180.0),
             ("0250", "Pharmacy", 1, round(rng.randint(2800, 4200) + 0.6, 2)),
             ("0300", "Laboratory", 1, round(rng.randint(1900, 2600) + 0.0, 2)),
             ("0324", "Chest x-ray", 1, 418.0), ("0410", "Respiratory therapy", 1, 1265.0),
             ("0450", "Emergency room", 1, 2380.0)]
    billed = round(sum(q * r for _, _, q, r in lines), 2)
    home = home_address(rng)
    p = JDSheet(footer="Page {n} of {nb}", footer_left=f"EB-CL-6  |  mailed {slash(ld)}",
                ids_foot=f"{last_first(pat)}  |  {PFX} {spaced(num, [4, 4])}  |  Claim {claim}")
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng)
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *home]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("About your hospital stay in February")
    p.para(f"Dear {first(pat)} {surname(pat)}:", 10)
    p.para(f"{SHORE_HOSP} has asked the plan to pay for your stay in February. We have looked at the claim and the "
           "hospital's records with the help of a nurse reviewer and our medical director. This letter tells you "
           "what we decided and why, and how to ask us to look again.", 10)
    p.bullets(["Page 2: the stay and the charges.", "Page 3: our decision, the reason and your rights.",
               "Page 4: help in your language."], 10)
    p.para("Please keep this letter with your rotation schedule. If you have questions, call the Crew Benefits "
           "Office at the number above between hitches or ask your platform's medic to call us when you are "
           "offshore.", 10)
    p.add_page()
    p.heading("The hospital stay", 12, rule=True)
    p.pairs([("Servicing", SHORE_HOSP), ("Attending", f"Dr. {att}"), ("Claim no.", claim),
             ("Claim received", mdy_dots(plus(dis, rng.randint(9, 14)))), ("Plan ID", PLAN_ID)],
            label_w=38, size=9.6)
    p.para(f"Service from {long(adm)} through {long(dis)}, admitted through the emergency room with pneumonia.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev.", "Service", "Days / units", "Charged", "Plan pays"],
            [[c, s, str(q), usd(q * r), "$0.00"] for c, s, q, r in lines] + [["", "Total", "", usd(billed), "$0.00"]],
            [W * 0.1, W * 0.42, W * 0.16, W * 0.16, W * 0.16], size=9, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.para("The hospital is not in the plan's network near the heliport, but the plan pays for emergency care at any "
           "hospital when the care is covered.", 9.4)
    p.add_page()
    p.heading("Our decision", 12, rule=True)
    p.para("The plan covers you on rotation: from the time you check in at the Port Vermeil heliport for a hitch until "
           "you land back there, and for 90 days after that for follow-up care of an illness or injury that began "
           f"on the hitch. Your hitch on {PLATFORMS[1]} ran from {long(on)} to {long(back)}. The hospital notes say "
           f"your cough and fever began on {long(sick)}, at home, and that you were well when you flew in. The "
           "information we received does not show that your illness began during your hitch. An illness that begins "
           "on the shore leg is not covered by this plan, so we cannot reimburse the stay.", 10)
    p.rotation_strip("Your rotation and the stay", plus(on, -2), hitch_days(plus(on, -2), on),
                     marks={(sick - plus(on, -2)).days: "ill", (adm - plus(on, -2)).days: "adm"})
    p.para("If you were seen by the platform medic for a cough or fever during the hitch, ask the medic's office to "
           "send us the sick bay log for those days; it may change our decision. If you have shore-leg coverage of "
           "your own or through a family member, send the bill there.", 10)
    p.heading("If you disagree", 11)
    p.para(f"You may appeal. We must receive your appeal no later than {long(by)}. Write to the {PLAN_BOX}, "
           "and send anything that helps, such as the sick bay log or a letter from your doctor.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical Director"])
    p.add_page()
    p.nondiscrim(PLAN, tollfree(rng, "855"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "855"))
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, member_id=f"{PFX}{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=SHORE_HOSP, appeal_deadline=iso(by), denial_alternates=["not_covered"],
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [f"Dr. {att}", att]})
    return out(p), t


def faxstd_admission_notice(rng):
    pat, att, clerk = people(rng, 3, sexes="MFF")
    num = mem_no(rng)
    fl = dt.date(2026, 2, rng.randint(9, 13))
    adm = fl
    dis = plus(adm, rng.randint(3, 4))
    nd = workday(dt.date(2026, 3, rng.randint(11, 13)))
    recv = plus(dis, rng.randint(8, 12))
    tail = digits(rng, 4)
    claim = f"LB{adm:%m%d}-{digits(rng, 2)}{tail}"
    er_claim = f"LB{adm:%m%d}-{digits(rng, 2)}{tail[::-1]}"
    call = f"CR-{nd:%m%d}-{tail}"
    lines = [("0111", "Room and board, private", (dis - adm).days, 3420.0),
             ("0250", "Pharmacy", 1, round(rng.randint(2400, 3600) + 0.25, 2)),
             ("0360", "Operating room, laparoscopic appendectomy", 1, round(rng.randint(14000, 18000) + 0.0, 2)),
             ("0370", "Anesthesia", 1, 3860.0), ("0710", "Recovery room", 1, 1745.0)]
    billed = round(sum(q * r for _, _, q, r in lines), 2)
    fax = f"{yy(nd)} 09:{rng.randint(10, 59)}  LOOMHAVEN PROVIDER SVCS  {phone(rng, '337')}  pg {{n}}/1"
    p = JDSheet(footer=None, footer_left=f"Notice mailed and faxed {slash(nd)}  |  LBA-PN-3", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    tpa_head(p, rng)
    p.title_bar("CLAIM DETERMINATION - PROVIDER NOTICE", f"{PLAN}  |  Plan ID {PLAN_ID}")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", dmy_dash(nd)), ("2. CLAIM NO.", claim), ("3. CLAIM RECEIVED", mdy_dots(recv))],
                [W / 3] * 3)
    p.form_band([("4. CREW MEMBER", pat), ("5. GROUP NO.", GROUP), ("6. MEMBER NO.", f"{PFX} {num}")],
                [W * 0.44, W * 0.24, W * 0.32])
    p.form_band([("7. FACILITY", HOSP), ("8. ADMITTED", slash(adm)), ("9. DISCHARGED", slash(dis))],
                [W * 0.5, W * 0.25, W * 0.25])
    p.form_band([("10. ATTENDING", f"Dr. {att}"), ("11. TOTAL CHARGES", usd(billed)),
                 ("12. CALL REFERENCE", call)], [W * 0.4, W * 0.28, W * 0.32])
    p.ln(3)
    p.table(["Rev.", "Service", "Units", "Charged", "Plan pays"],
            [[c, s, str(q), usd(q * r), "$0.00"] for c, s, q, r in lines] +
            [["", "Total", "", usd(billed), "$0.00"]],
            [W * 0.1, W * 0.48, W * 0.1, W * 0.16, W * 0.16], size=8.8, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.bar("Determination", 9.6)
    p.para(f"{pat} was flown to your emergency department from {PLATFORMS[0]} by emergency medevac on "
           f"{long(fl)} and was operated on the same evening for appendicitis; the flight and the emergency room "
           f"visit were paid under claim {er_claim}, and the medical need for the stay is not in question, but the "
           "plan asks every hospital to report an inpatient admission of a crew member to the administrator within 2 "
           "business days, so that our nurses can follow the crew member and arrange the trip home, and our records "
           "show no report of this admission from your admitting office or anyone else before the claim arrived, so "
           "the inpatient claim is not payable as billed and the crew member may not be billed for it.", 9.2)
    p.bar("Reconsideration", 9.6)
    p.para("If your admitting office did report the admission, send us its record of the call or fax (date, time and "
           "the name of the person told) with a request for reconsideration within 90 days of the date of this "
           f"notice, to Provider Reconsiderations, {TPA}, {TPA_BOX}. Questions: {tollfree(rng, '866')}; "
           f"please give the call reference above. Notice prepared by {clerk}, provider services.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, plan_id=PLAN_ID, group=GROUP,
              member_id=f"{PFX}{num}", member_name=pat, cases=[claim], claim_amount=m2(billed),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [f"Dr. {att}", att]})
    return out(p), t


def phone_es_work_burn(rng):
    pat, doc, sig = people(rng, 3, es=True, sexes="MFF")
    num = mem_no(rng)
    claim = f"LB-{digits(rng, 3)}-{digits(rng, 6)}"
    inj = dt.date(2026, 2, rng.randint(16, 19))
    v1 = plus(inj, 1)
    v2 = plus(v1, rng.randint(4, 6))
    ld = workday(dt.date(2026, 3, rng.randint(3, 6)))
    lines = [(v1, "99214", "Consulta, paciente establecido", 248.0), (v1, "16020", "Curación de quemadura, pequeña",
                                                                      312.0),
             (v2, "16020", "Curación de quemadura, pequeña", 312.0), (v2, "A6212", "Apósitos de espuma (6)", 96.6)]
    tot = round(sum(x[3] for x in lines), 2)
    rep = f"IR-{digits(rng, 5)}"
    p = JDSheet(footer=None, footer_left=f"Carta EB-ES-2  |  {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(f"Port Vermeil, Luisiana, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *home_address(rng)],
                       [("Miembro", f"{PFX} {num}"), ("Grupo", GROUP), ("Reclamación", claim),
                        ("Proveedor", URGENT), ("Médica", f"Dra. {doc}"), ("Total cobrado", usd_es(tot))],
                       split=0.48, cap_w=30, size=8.8)
    p.heading("Su quemadura en la cocina de la plataforma", 12.5)
    p.para(f"Estimado señor {surname(pat)}:", 10)
    p.para(f"{URGENT} nos envió la cuenta de dos visitas para curar la quemadura de su antebrazo, el "
           f"{es_date(v1)} y el {es_date(v2)}. El informe del accidente ({rep}) dice que usted se quemó con aceite "
           f"caliente el {es_date(inj)} mientras trabajaba en la cocina de {PLATFORMS[0]}, y que el médico de la "
           "plataforma lo atendió primero en la enfermería.", 10)
    p.para("**Nuestra decisión.** Cuando una lesión ocurre en el trabajo, la paga el seguro de compensación de "
           f"{COMPANY}, que es {CARRIER}, según la Ley de Compensación para Trabajadores Portuarios y de Puertos "
           "(Longshore and Harbor Workers' Compensation Act). Por eso estas visitas no son un gasto que este plan "
           "pueda pagar. Ya enviamos una copia de la cuenta a la aseguradora con el número del informe.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Código", "Servicio", "Cobrado"],
            [[es_date(d), c, s, usd_es(b)] for d, c, s, b in lines] + [["", "", "Total", usd_es(tot)]],
            [W * 0.28, W * 0.12, W * 0.4, W * 0.2], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Usted no tiene que pagar estas visitas mientras la aseguradora revisa el caso. Si la clínica le cobra, "
           "muéstrele esta carta.", 10)
    p.para("**Si no está de acuerdo.** Si usted cree que la quemadura no ocurrió en el trabajo, puede apelar dentro "
           "de los 60 días siguientes a la fecha de esta carta. Escriba a la Oficina de Beneficios de la Cuadrilla "
           "(la dirección está arriba).", 10)
    p.signoff(["Atentamente,", sig, "Oficina de Beneficios de la Cuadrilla"], 9.6)
    t = truth("denial_letter", "other", insurer=PLAN, group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=URGENT, appeal_deadline=iso(plus(ld, 60)), lang="es", denial_alternates=["not_covered"],
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [doc, f"Dra. {doc}"]})
    return out(p), t


def lowres_approval(rng):
    pat, uro, medic, sig = people(rng, 4, sexes="FMMF")
    num = mem_no(rng)
    pre = f"PA-{digits(rng, 2)}-{digits(rng, 5)}"
    found = dt.date(2026, 2, rng.randint(20, 24))
    ld = dt.date(2026, 3, rng.randint(4, 6))
    got = plus(ld, -rng.randint(5, 8))
    planned = workday(dt.date(2026, 3, rng.randint(23, 26)))
    est = round(rng.randint(9400, 10800) + 0.0, 2)
    allow = round(est * 0.62, 2)
    pay = round(allow * 0.85, 2)
    p = JDSheet(footer=None, footer_left=f"Mailed {slash(ld)}  |  LBA-AP-2")
    p.set_margins(19, 16, 19)
    p.add_page()
    tpa_head(p, rng)
    p.line(ord_long(ld), 10, "B")
    p.ln(2)
    for ln in [pat, *home_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Pre-approval {pre}: lithotripsy approved")
    p.para(f"Dear {first(pat)} {surname(pat)}:", 10)
    p.para(f"Dr. {uro} of {UROLOGY} asked us on {ymd_slash(got)} to approve shock wave lithotripsy for the kidney "
           f"stone that the medic on {PLATFORMS[1]}, {medic}, first found when you came to the sick bay with flank "
           f"pain on {long(found)}. We approved it.", 10)
    p.para("Your plan covers follow-up care for 90 days after a hitch for an illness that began on the hitch, even "
           f"on your shore leg. The treatment is planned for {long(planned)} at {SURGCTR}, which is inside those 90 "
           "days.", 10)
    W = p.w - p.l_margin - p.r_margin
    yb = p.money_box("What the plan expects to pay", [
        ("Estimated charges (surgeon, center, anesthesia)", usd(est)), ("Plan allowance", usd(allow)),
        ("Your deductible for 2026", "met"), ("Plan pays 85% of the allowance", usd(pay)),
        ("Your share, about", usd(allow - pay))], w=W * 0.7, size=9.2)
    p.set_xy(p.l_margin, yb + 4)
    p.para(f"**The plan will pay about {usd(pay)}** once the claims arrive; the final amount depends on what is "
           "billed. The center and the surgeon are in the network and may not bill you above the allowance.", 10)
    p.para("If the date changes to a day after the 90 days end, or you are back offshore on that date, call us "
           "first; this approval would not cover a later date.", 10)
    p.signoff(["Sincerely,", sig, "Care coordination nurse, Loomhaven Benefit Administrators"], 9.6)
    p.ln(2)
    p.idstrip([("Member", f"{PFX} {num}"), ("Group", GROUP), ("Plan ID", PLAN_ID)], size=8.4)
    t = truth("other", None, insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
              cases=[pre], claim_amount=m2(est), service_dates=[iso(planned)], denial_date=iso(ld), provider=uro,
              alternates={"insurer": TPA_ALT, "member_id": [num], "claim_amount": [None, m2(pay)],
                          "provider": [f"Dr. {uro}", UROLOGY, SURGCTR]})
    return out(p), t


def rotated_return_flight(rng):
    pat, sig, disp = people(rng, 3, sexes="MFM")
    num = mem_no(rng)
    claim = f"LB{digits(rng, 4)}-{digits(rng, 6)}"
    dis = dt.date(2026, 2, rng.randint(23, 26))
    ld = workday(dt.date(2026, 3, rng.randint(23, 26)))
    miles = rng.randint(81, 94)
    base = rng.choice([12480.0, 11965.0, 12740.0])
    mil = round(miles * 198.0, 2)
    tot = round(base + mil, 2)
    p = JDSheet(footer=None, footer_left=f"LBA-PL-9  |  {slash(ld)}")
    p.set_margins(16, 15, 16)
    p.add_page()
    tpa_head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    for ln in [HELI, "Attn: Flight billing", "1410 Airbase Rd", "Port Vermeil, LA 70398"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.two_col([("Crew member", pat), ("Member no.", f"{PFX} {num}"), ("Group", GROUP), ("Claim no.", claim),
               ("Flight date", slash(dis)), ("Billed", usd(tot)), ("Plan pays", "$0.00")],
              [f"Dear billing office:",
               f"We have reviewed your claim for the helicopter flight of {pat} on {long(dis)}, from {HOSP} back to "
               f"{PLATFORMS[0]} after his discharge. The dispatcher's note from {disp} says the flight was booked by "
               "the platform's crew coordinator so that he could finish his hitch.",
               "The plan pays for a helicopter flight when the platform medic and the on-call physician call an "
               "emergency medevac from the platform. A trip back to the platform is not a medical trip; crew members "
               "return on the operator's scheduled crew-change flights. A flight chartered for that trip is outside "
               "what the plan's benefit allows, so we cannot pay the claim, and it should be billed to the operator "
               "who booked it, not to the crew member.",
               "The flight to the hospital on the day of the emergency was paid under its own claim.",
               "You may ask us to reconsider within 120 days from the date of this letter. Send the request with the "
               "flight log and any order from a physician."],
              side_w=56, size=9.2, title="CLAIM")
    p.ln(2)
    p.heading("Lines on the claim", 10.5)
    p.wrap_rows(["Code", "Service", "Billed", "Plan pays", "Note"],
                [["A0431", "Rotor wing transport, base rate, non-emergency", usd_code(base), "0.00", "Return "
                  "flight, not an emergency medevac"],
                 ["A0436", f"Rotor wing mileage, {miles} statute miles", usd_code(mil), "0.00", "Same"],
                 ["", "Total", usd_code(tot), "0.00", ""]],
                [18, 66, 22, 20, 52], ["L", "L", "R", "R", "L"], size=8.8, bold_last=True)
    p.signoff(["Sincerely,", sig, "Provider claims review"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=TPA, group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dis)], denial_date=iso(ld), provider=HELI,
              appeal_deadline=iso(plus(ld, 120)), denial_alternates=["medical_necessity"],
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": ["Auklet Air Medical"]})
    return out(p), t


def photocopy_stack(rng):
    pat, medic, chair, md, topside = people(rng, 5, sexes="MFMFM")
    num = mem_no(rng)
    home = home_address(rng)
    fl = dt.date(2026, 1, rng.randint(12, 16))
    claim = f"LB{fl:%m%d}-{digits(rng, 6)}"
    apl = f"AP-{digits(rng, 2)}-{digits(rng, 4)}"
    asked = dt.date(2026, 3, rng.randint(2, 6))
    dd = dt.date(2026, 4, rng.randint(6, 9))
    inv_d = plus(dd, rng.randint(8, 12))
    miles = rng.randint(84, 98)
    base = rng.choice([14850.0, 15275.0])
    mil = round(miles * 212.0, 2)
    tot = round(base + mil, 2)
    inv = f"AAM-{digits(rng, 6)}"
    crew = f"{rng.randint(6, 8)}:{rng.choice(['00', '30'])} a.m."
    # document 1: the helicopter company's invoice
    h = JDSheet(footer=None, footer_left=f"Invoice {inv}  |  {slash(inv_d)}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.masthead(HELI, "Air medical transport for the Gulf coast", ["1410 Airbase Rd, Port Vermeil, LA 70398",
                                                                  f"Patient accounts {phone(rng, '985')}"],
               box="INVOICE", size=14)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("INVOICE DATE", slash(inv_d)), ("INVOICE NO.", inv), ("PATIENT", pat), ("BALANCE DUE", usd(tot))],
               [W * 0.2, W * 0.22, W * 0.34, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Date of flight", slash(fl)), ("From", f"{PLATFORMS[1]} helideck"), ("To", HOSP),
             ("Insurance", PLAN), ("Member ID", f"{PFX} {num}"), ("Insurance status", "Denied; appeal denied")],
            label_w=40, size=9.4)
    h.ln(2)
    h.table(["Code", "Description", "Charges"], [["A0431", "Rotor wing air transport, base rate", usd(base)],
                                                ["A0436", f"Rotor wing mileage, {miles} statute miles", usd(mil)],
                                                ["", "Total charges", usd(tot)], ["", "Insurance paid", "$0.00"],
                                                ["", "Balance due", usd(tot)]],
            [W * 0.16, W * 0.6, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    h.para(f"Your plan has not paid this flight. The balance is due by {long(plus(inv_d, 30))}. Call us to set up "
           "payments or to ask about our patient assistance program.", 9.4)
    d_a = (out(h), truth("other", None, insurer=None, member_id=f"{PFX}{num}", member_name=pat, cases=[],
                         claim_amount=m2(tot), service_dates=[iso(fl)], denial_date=iso(inv_d), provider=HELI,
                         unscored=["insurer"], alternates={"member_id": [None, num],
                                                           "provider": ["Auklet Air Medical"]}))
    # document 2: the plan's appeal decision, two pages
    d = JDSheet(footer="Page {n} of {nb}", footer_left=f"Appeal decision EB-AD-2  |  {slash(dd)}")
    d.set_margins(18, 16, 18)
    d.add_page()
    plan_head(d, rng)
    d.line(f"Decision date: {long(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", apl), ("Claim no.", claim), ("Member", f"{PFX} {num}"),
                             ("Flight", slash(fl)), ("Provider", HELI), ("Appeal received", slash(asked))],
              w=88, cap_w=28)
    d.heading("Decision on your appeal", 12)
    d.para(f"Dear {first(pat)} {surname(pat)}:", 10)
    d.para(f"You asked us to pay {HELI}'s claim of {usd(tot)} for your helicopter flight on {long(fl)} from "
           f"{PLATFORMS[1]} to {HOSP}. The appeals committee, with the plan's medical director, read the claim, your "
           "letter, the platform medic's log and the flight record.", 10)
    d.para("**Our decision: the committee keeps the first decision.**", 10)
    d.para(f"You hurt your back lifting a valve on the evening of {long(fl)}. The medic, {medic}, saw you in the sick "
           f"bay, spoke with the on-call physician, Dr. {topside}, and gave you medicine for the pain. The log "
           "records normal vital signs, normal strength and feeling in both legs, and that you could walk. It does "
           "not record an emergency medevac call; it records that your supervisor asked for a flight. The next "
           f"crew-change flight left the platform at {crew} the next morning.", 10)
    d.add_page()
    d.para("The plan pays for a helicopter flight only when the medic and the on-call physician call an emergency "
           "medevac. Nothing in the log points to a danger that could not wait for the crew-change flight, which "
           "would have brought you ashore at no cost to you. The committee therefore finds that the flight was not "
           "medically necessary as an emergency flight, and the plan will not pay it.", 10)
    d.para("Your visit to the emergency room and the x-rays that night were paid under their own claim.", 10)
    d.heading("Your rights", 11)
    d.para("You may ask for a second and final review by the plan's Benefits Committee within 60 days after you "
           f"receive this letter. Write to the {PLAN_BOX}. After that review you may bring a "
           "civil action under section 502(a) of the Employee Retirement Income Security Act. You may ask for free "
           "copies of the plan rules and every paper the committee used.", 10)
    d.two_sigs([chair, "Chair, Crew Benefits Appeals Committee"], [f"{md}, MD", "Medical Director"])
    d_b = (out(d), truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f"{PFX}{num}", member_name=pat,
                         cases=[apl, claim], claim_amount=m2(tot), service_dates=[iso(fl)], denial_date=iso(dd),
                         provider=HELI, denial_alternates=["not_covered"],
                         alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[apl], [claim]],
                                     "provider": ["Auklet Air Medical"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_two_page_eob_medevac_lines_refused_code_m4_rotation_strip", "born_digital",
             [born_eob(rng)]),
        Item(F + "scan_four_page_letter_ids_in_small_footer_pneumonia_began_on_shore_leg_two_signers",
             "scan_clean_300", [scan_shore_leg_letter(rng)]),
        Item(F + "faxstd_provider_notice_boxes_admission_not_reported_within_two_business_days", "fax_standard_g4",
             [faxstd_admission_notice(rng)]),
        Item(F + "phone_es_carta_quemadura_en_la_cocina_accidente_de_trabajo", "phone_photo",
             [phone_es_work_burn(rng)]),
        Item(F + "lowres_approval_lithotripsy_on_shore_leg_follow_up_amount_plan_will_pay", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "rotated_two_column_letter_return_flight_to_platform_amount_wraps_in_narrow_column", "rotated",
             [rotated_return_flight(rng)]),
    ]
    items.append(Item(F + "photocopy_stack_air_ambulance_invoice_duplex_then_appeal_upheld_back_spasm_flight_sideways",
                      "photocopy", photocopy_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
