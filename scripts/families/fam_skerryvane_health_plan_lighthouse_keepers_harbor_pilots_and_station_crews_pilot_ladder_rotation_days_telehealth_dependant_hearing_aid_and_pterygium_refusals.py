"""An invented health plan for lighthouse keepers, harbor pilots and coastal station crews (radio, weather and
lifeboat stations) and their families: the Skerryvane Health Plan, its claims administered by Tidewright Benefit
Administrators, Inc. Invented rules: a member is covered in a month when the station, light or pilots' association
has credited at least 14 rotation days to him or her two months before (rotation days worked on station, on the
light or on the pilot boat roster); injuries a pilot gets while boarding or leaving a ship are paid first by the
pilots' association's occupational accident policy; members at remote stations get telehealth through the plan's
own service, StationCall, and telehealth from other services is outside the network; hearing aids belong to the
plan's Noise Program for working members only (fog signals, engine rooms, pilot boats), not to family members;
planned surgery needs pre-approval; rehabilitation hospital stays are approved only when the patient can take three
hours of therapy a day, otherwise a skilled nursing facility. Every company, association, station, light, vessel,
hospital, clinic, doctor, person, number, code and amount is invented (phones 555); CPT / HCPCS codes appear as
themselves.

Documents (8 in 7 files):
- born_digital_household_statement_daughter_hearing_aids_on_page_two_no_heads: the administrator's two-page
  household claims statement to a harbor pilot (his name in the address and in a running header); a ledger by date
  of the pilot's, his wife's and their daughter's claims, the patient only in a small grey column; the daughter's
  hearing aids, on page 2 where no column heads are printed again, pay nothing under note H7 (explained only in the
  notes on page 2).
- faxstd_stack_dispatch_cover_pilot_ladder_page_two_upside_down_then_insurer_ack: a standard fax of
  the pilots' dispatch office cover (ships and times on a boarding board), the administrator's two-page letter that
  it can't pay for a shoulder repair after a fall from a pilot ladder (the association's accident policy pays first;
  page 2 upside down) and the accident insurer's acknowledgement of the claim (denies nothing).
- faxstd_rehab_hospital_or_skilled_nursing_after_cold_water_lighthouse_logo: the plan's own notice to a hospital
  (a lighthouse drawn beside the plan's name set on two lines): a keeper's move to a rehabilitation hospital after
  cold-water immersion will be paid only as a skilled nursing stay.
- faxfine_station_telehealth_outside_network_notch_boxes: the administrator's letter: two video visits through an
  app that is not the plan's StationCall service.
- lowres_es_dias_de_rotacion_sin_cobertura_en_mayo: a Spanish letter at 150 dpi: a station cook had 9 rotation days
  in March, so no coverage in May; a skin visit that month is not paid (a month grid of rotation days).
- photocopy_appeal_committee_pterygium_no_pre_approval_three_columns: the plan's appeal committee keeps the refusal
  of eye surgery done without pre-approval (second-level review within 60 days).
- scanclean_rotation_credit_and_coverage_statement: a statement of rotation days credited and months of coverage
  earned (denies nothing).
No paper uses the words "denied" or "denial"; refusals are told in plain words.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnd import (ENSheet, abbr_dot, coast_address, day_month, digits, dispatch_cover, dmy_abbr, es_date,
                               iso, kin, last_first, long, n2, people, phone, plus, reset_names, short_md, slash,
                               tollfree, usd, wday_long)
from public_kit import m2, out, truth

FAMILY = ("skerryvane_health_plan_lighthouse_keepers_harbor_pilots_and_station_crews_pilot_ladder_rotation_days_"
          "telehealth_dependant_hearing_aid_and_pterygium_refusals")
LANG = "en"
SEED = 355133
PLAN = "Skerryvane Health Plan"
PLAN_ALT = ["Skerryvane", "Skerryvane Health Plan Medical Management", "Tidewright Benefit Administrators, Inc."]
TPA = "Tidewright Benefit Administrators, Inc."
TPA_ALT = ["Tidewright Benefit Administrators", "Tidewright", PLAN]
KEEPERS, PILOTS, STATIONS = "61107", "61108", "61109"
PLAN_ID = "SKV-HP-26"
ASSN = "Narrows Bar Pilots Association"
OCC = "Rookhaven Casualty Company"


def mem(rng):
    return "SKV" + digits(rng, 7)


def spaced(m):
    return f"{m[:3]} {m[3:]}"


def claim_no(rng):
    return "TW" + digits(rng, 10)


def tidewright(p, rng, box=None, es=False):
    if es:
        p.admin_head("Tidewright", "Benefit Administrators, Inc.  \u00b7  administrador de reclamaciones",
                     f"Plan de Salud Skerryvane ({PLAN}), administrado por {TPA}",
                     [f"Apartado postal 2{digits(rng, 3)}", "Portland, ME 04112", f"Servicios {tollfree(rng, '877')}",
                      "Atención en español"], box=box)
    else:
        p.admin_head("Tidewright", "Benefit Administrators, Inc.",
                     f"{PLAN} for light keepers, harbor pilots and coastal station crews, administered by {TPA}",
                     [f"PO Box 2{digits(rng, 3)}", "Portland, ME 04112", f"Members {tollfree(rng, '877')}",
                      f"Fax {phone(rng, '207')}"], box=box)


def skerryvane(p, rng, box=None, unit="Medical Management"):
    p.two_line_head("lighthouse", "Skerryvane", "Health Plan",
                    [unit, f"PO Box 2{digits(rng, 3)}, Portland, ME 04112", f"Phone {tollfree(rng, '877')}",
                     f"Fax {phone(rng, '207')}"], box=box,
                    under="for light keepers, harbor pilots and coastal station crews")


# ------------------------------------------------------------------------------------------------------------------
def born_household(rng):
    pilot = people(rng, 1, sexes="M", coast=True)[0]
    wife = kin(rng, pilot, "F", coast=True)
    girl = kin(rng, pilot, "F", coast=True, avoid=(wife.split()[0],))
    aud, pcp, ptx, mam = people(rng, 4, sexes="FMFM", coast=True, avoid=(wife, girl))
    m = mem(rng)
    sd = dt.date(2026, 6, 12)
    by = plus(sd, 180)
    HEAR = "Shoalwater Audiology"
    aids = dt.date(2026, 5, 26)
    aids_amt = 4380.00
    pl = f"NBPA-{digits(rng, 3)}"
    lic = f"SP-{digits(rng, 4)}"
    cs = {k: claim_no(rng) for k in "abcdefghijkl"}
    lines = [
        (dt.date(2026, 4, 2), cs["a"], pilot, "Pilot fitness exam \u00b7 Capstan Occupational Clinic", 285.00, 285.00,
         0.00, "P2"),
        (dt.date(2026, 4, 2), cs["a"], pilot, "Audiogram (92557) \u00b7 Capstan Occupational Clinic", 95.00, 95.00,
         0.00, "N1"),
        (dt.date(2026, 4, 9), cs["b"], wife, "Screening mammogram (77067) \u00b7 Breakwater Imaging", 312.00, 312.00,
         0.00, "P2"),
        (dt.date(2026, 4, 14), cs["c"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
        (dt.date(2026, 4, 16), cs["j"], pilot, "Eye exam (92014) \u00b7 Harbor Light Vision", 160.00, 160.00, 0.00,
         "P2"),
        (dt.date(2026, 4, 17), cs["c"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
        (dt.date(2026, 4, 21), cs["c"], wife, f"Physical therapy (97140) \u00b7 {ptx}, PT", 130.00, 91.00, 25.00,
         "C1"),
        (dt.date(2026, 4, 24), cs["c"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
        (dt.date(2026, 4, 30), cs["d"], girl, f"Hearing evaluation (92557) \u00b7 {HEAR}", 160.00, 112.00, 0.00, "N1"),
        (dt.date(2026, 4, 30), cs["d"], girl, f"Tympanometry (92567) \u00b7 {HEAR}", 48.00, 33.60, 0.00, "N1"),
        (dt.date(2026, 5, 4), cs["e"], pilot, f"Office visit (99213) \u00b7 Dr. {pcp}", 172.00, 118.00, 30.00, "C1"),
        (dt.date(2026, 5, 4), cs["e"], pilot, f"Lipid panel (80061) \u00b7 Dr. {pcp}", 54.00, 21.90, 0.00, "N1"),
        (dt.date(2026, 5, 6), cs["k"], girl, f"Office visit (99213) \u00b7 Dr. {pcp}", 172.00, 118.00, 30.00, "C1"),
        (dt.date(2026, 5, 6), cs["k"], girl, f"Strep test, rapid (87880) \u00b7 Dr. {pcp}", 48.00, 26.40, 0.00, "N1"),
        (dt.date(2026, 5, 11), cs["f"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
        (dt.date(2026, 5, 13), cs["g"], girl, f"Well-child visit (99394) \u00b7 Dr. {pcp}", 210.00, 210.00, 0.00,
         "P2"),
        (dt.date(2026, 5, 18), cs["f"], wife, f"Physical therapy (97140) \u00b7 {ptx}, PT", 130.00, 91.00, 25.00,
         "C1"),
        (dt.date(2026, 5, 20), cs["h"], pilot, f"Custom hearing protection (V5298) \u00b7 {HEAR}", 210.00, 210.00,
         0.00, "N1"),
        (dt.date(2026, 5, 21), cs["f"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
        (dt.date(2026, 5, 22), cs["l"], pilot, "Tdap vaccine (90715) \u00b7 Capstan Occupational Clinic", 68.00, 68.00,
         0.00, "P2"),
        (aids, cs["i"], girl, f"Hearing aids, both ears (V5261) \u00b7 {HEAR}", aids_amt, 0.00, aids_amt, "H7"),
        (dt.date(2026, 5, 28), cs["f"], wife, f"Physical therapy (97110) \u00b7 {ptx}, PT", 140.00, 98.00, 25.00,
         "C1"),
    ]
    tb = sum(x[4] for x in lines)
    tp = sum(x[5] for x in lines)
    ty = sum(x[6] for x in lines)
    p = ENSheet(footer="Page {n} of {nb}", run_hdr=f"{last_first(pilot)}  \u00b7  Member {spaced(m)}  \u00b7  "
                                                   f"Household statement of {slash(sd)}  \u00b7  {{n}}/{{nb}}")
    p.set_margins(13, 13, 13)
    p.add_page()
    tidewright(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(17, "B")
    p.cell(W * 0.62, 8, "Household Claims Statement")
    p.f(9, "B")
    p.cell(W * 0.38, 8, "This is not a bill.", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, f"Claims we finished between April 1 and June 5, 2026  \u00b7  Statement date {long(sd)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    p.f(9.8, "B")
    p.cell(W * 0.42, 4.9, pilot.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(9.8)
    for ln in coast_address(rng):
        p.cell(W * 0.42, 4.9, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.right_caps([(spaced(m), "member number"), (PILOTS, "group (pilots)"), (PLAN_ID, "plan ID"),
                       (pl, "association roster no."), (lic, "state pilot license")],
                      p.l_margin + W * 0.5, y0, W * 0.5, size=9.0, h=6.2)
    p.set_xy(p.l_margin, max(ya, yb) + 3)
    p.tiles([("Charged by providers", usd(tb)), ("Skerryvane paid", usd(tp)), ("Your household may owe", usd(ty)),
             ("Deductible left (household)", "$0.00")], size=12)
    p.set_fill_color(238, 238, 238)
    p.f(8.2)
    p.multi_cell(W, 4.1, "Messages for your household\n\u2022 Everyone in your household is covered for April, May "
                         "and June 2026, earned by the rotation days the association credited to you in February, "
                         "March and April.\n\u2022 Your Noise Program audiogram is done for 2026. Bring your custom "
                         "hearing protection to next year's test.\n\u2022 StationCall telehealth is free for the whole "
                         "household, day or night.", fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    head = ["Date", "Claim", "Patient", "What was done \u00b7 who did it", "Charged", "Paid", "You owe", "Note"]
    widths = [16, 21, 25, 73, 15, 15, 15, 10]
    rows = [[slash(d), c, who, what, n2(b), n2(pd), n2(yo), note] for d, c, who, what, b, pd, yo, note in lines]
    rows.append({"cells": ["", "", "", "Totals for this statement", n2(tb), n2(tp), n2(ty), ""], "bold": True})
    p.carry_table(head, rows, widths, ["L", "L", "L", "L", "R", "R", "R", "C"], size=7.1, row_h=5.6, tag_col=2,
                  foot_room=26)
    p.glossary("Notes", [
        ("C1", "Your copay for the visit. Pay it to the provider."),
        ("N1", "Paid in full at the plan's network rate."),
        ("P2", "A yearly fitness exam or screening, paid in full."),
        ("H7", "Hearing aids, ear molds and their fitting are part of the plan's Noise Program, which is for working "
               "members whose hearing is tested each year because of fog signals, engines and pilot boats. They are "
               "not a benefit for family members. The plan pays for a family member's hearing test but not for "
               "hearing aids."),
        ("X2", "Paid with another claim on this statement. (Not used this time.)"),
        ("R4", "Another plan or policy must pay first. Send us its statement. (Not used this time.)"),
    ], size=7.6, cols=2)
    p.heading("Questions or disagreement", 9.8)
    p.para("Call us first. If you think we handled a claim wrongly, you may appeal within 180 days of the "
           "statement date. Write to Tidewright Appeals at the address above and tell us which claim and why. For "
           "example, if a provider charged $100.00 and the network rate is $70.00, a network provider may not bill "
           "you the $30.00 difference.", 8.6)
    p.f(7)
    p.multi_cell(W, 3.3, f"{TPA} processes claims for the {PLAN}. It does not insure the plan's benefits.",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=PILOTS, member_id=m, member_name=girl,
              cases=[cs["i"]], claim_amount=m2(aids_amt), service_dates=[iso(aids)], denial_date=iso(sd), provider=HEAR,
              appeal_deadline=iso(by), alternates={"insurer": TPA_ALT}, type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_pilot_ladder(rng):
    pilot = people(rng, 1, sexes="M", coast=True)[0]
    surg, disp, adj, nurse = people(rng, 4, sexes="FMFF", coast=True, avoid=(pilot,))
    m = mem(rng)
    nd = dt.date(2026, 6, 8)
    by = plus(nd, 180)
    fall = dt.date(2026, 4, 28)
    op = dt.date(2026, 5, 19)
    got = dt.date(2026, 5, 29)
    cn = claim_no(rng)
    CTR = "Harbormouth Surgery Center"
    billed = 11640.00
    ship = "M/V Aurelia Crest"
    imo = "IMO 9" + digits(rng, 6)
    job = f"PJ-26-{digits(rng, 4)}"
    pol = f"OA-{digits(rng, 5)}-N"
    p = ENSheet(footer="Page {n} of {nb}", foot_ids=f"{last_first(pilot)}  \u00b7  Claim {cn}  \u00b7  "
                                                    f"Mailed {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    tidewright(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    home = coast_address(rng, "WA")
    for ln in [pilot, *home]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.notch_boxes([[("Member", pilot, 0.4), ("Member number", m, 0.3), ("Group", PILOTS, 0.3)],
                   [("Claim", cn, 0.4), ("Surgery", long(op), 0.3), ("Charged", usd(billed), 0.3)]], size=9.2)
    p.ln(1)
    p.f(11, "B")
    p.cell(0, 6, "Your shoulder surgery at " + CTR, new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear Captain {pilot.split()[-1]}:", 9.8)
    p.para(f"We can't pay this bill from the health plan right now. {CTR} charged {usd(billed)} for the repair of "
           f"your right shoulder by Dr. {surg} on {long(op)}. The surgery records say you tore the shoulder when you "
           f"fell from the pilot ladder while boarding the {ship} on {long(fall)}.", 9.8)
    p.para(f"Injuries a pilot gets while boarding or leaving a ship are covered first by the {ASSN}'s occupational "
           f"accident policy with {OCC}. The Skerryvane plan pays only what is left after that policy has paid, or "
           "after it has said in writing that it will not pay. Until we have that, this isn't something the health "
           "plan can pay for.", 9.8)
    p.heading("What to do", 10.2)
    p.bullets([f"Report the fall to {OCC} if the association has not done it already (the dispatch office has the "
               "form). Give them this letter.",
               f"When {OCC} sends its decision, send us a copy with the claim number at the foot of this page. We "
               "will then look at the claim again. You don't need to appeal to do this.",
               f"If {CTR} sends you a bill, ask them to bill {OCC} first."], 9.4)
    p.f(7.8)
    p.multi_cell(W, 3.7, f"For your records: pilotage job {job}, {ship} ({imo}), boarding at 04:40 at the outer "
                         f"pilot station. Association policy number as printed on your accident card: {pol}. Claim "
                         f"received {slash(got)}.", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.heading("If you disagree", 10.4)
    p.para("If you believe the fall did not happen while you were boarding or leaving a ship, or that the accident "
           "policy does not apply, you may appeal. Your appeal must reach us by **" + long(by) + "** (180 days from "
           "the date of this letter). Send it to Tidewright Appeals, PO Box 2" + digits(rng, 3) + ", Portland, ME "
           "04112, with anything that helps, such as the dispatch log for that morning.", 9.4)
    p.para("If a delay could seriously harm your health, call us and ask for a fast decision; we give those within "
           "72 hours. After the plan's appeals you may ask for an external review.", 9.4)
    p.para(f"Our nurse case manager, {nurse}, RN, can help you with both insurers while you recover. Call "
           f"{tollfree(rng, '877')}, extension 4{digits(rng, 2)}.", 9.4)
    p.signoff(["With regards,", "", "Member Claims Unit", TPA], 9.4)
    p.nondiscrim(TPA, tollfree(rng, "877"), 7)
    t1 = truth("denial_letter", "other", insurer=TPA, group=PILOTS, member_id=m, member_name=pilot, cases=[cn],
               claim_amount=m2(billed), service_dates=[iso(op)], denial_date=iso(nd), provider=CTR,
               appeal_deadline=iso(by), alternates={"insurer": TPA_ALT, "provider": [f"Dr. {surg}", surg]})
    # the accident insurer's acknowledgement (denies nothing)
    ad = dt.date(2026, 6, 15)
    rc = f"RC-OA-26-{digits(rng, 5)}"
    q = ENSheet(footer=None)
    q.set_margins(20, 16, 20)
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.set_font("Serif", "B", 15)
    q.cell(W * 0.6, 7, OCC)
    q.f(7.4)
    q.set_x(q.w - q.r_margin - 70)
    q.multi_cell(70, 3.5, f"Accident & Health Claims\n40 Quarterdeck Plaza, Boston, MA 02110\n{tollfree(rng, '888')}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    q.line_seg(q.l_margin, q.get_y() + 1, q.w - q.r_margin, q.get_y() + 1)
    q.ln(6)
    q.f(10)
    q.cell(0, 5, f"Date: {slash(ad)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    for ln in [pilot, *home]:
        q.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.f(11, "B")
    q.cell(0, 6, "We have your accident claim", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    yk = q.kv_box([("Claim number", rc), ("Policyholder", ASSN), ("Policy", pol), ("Covered person", pilot),
                   ("Date of accident", long(fall)), ("Adjuster", f"{adj}, {phone(rng, '617')}")],
                  q.l_margin, q.get_y(), W, cap_w=42, size=9.2)
    q.set_xy(q.l_margin, yk + 4)
    q.para(f"Dear {pilot.split()[0]} {pilot.split()[-1]}:", 10)
    q.para("Thank you for reporting your fall. This letter confirms that we received the claim and tells you who "
           "is handling it. It is not a decision on the claim.", 10)
    q.para(f"Your adjuster, {adj}, will call you within five business days. Please have your medical bills and the "
           "names of the doctors who treated you ready. Send every bill for this injury to us first, with the claim "
           "number on it. If your health plan has already been billed, that is fine: we will work it out with them.",
           10)
    q.para("The policy pays medical expenses from an accident on duty up to its limits, and a weekly benefit if you "
           "cannot work. Your adjuster will explain what applies to you.", 10)
    q.signoff(["Sincerely,", "", "Accident & Health Claims", OCC], 10)
    t2 = truth("other", None, insurer=OCC, group=pol, member_name=pilot, cases=[rc], denial_date=iso(ad),
               alternates={"insurer": ["Rookhaven Casualty"], "group_number": [None], "case_numbers": [[]],
                           "service_dates": [[iso(fall)]]})
    cover = dispatch_cover(f"{ASSN} \u00b7 Dispatch", ["Pilot Station Road, Port Townsend, WA 98368",
                                                        f"Dispatch {phone(rng, '360')} \u00b7 Fax {phone(rng, '360')}"],
                           "Tidewright Member Claims", phone(rng, "207"), f"{disp}, dispatcher (for Capt. "
                           f"{pilot.split()[-1]})", slash(dt.date(2026, 6, 17)), "4 with this one",
                           "Shoulder claim - your letter and the accident insurer's",
                           ["Capt. " + pilot.split()[-1] + " asked us to send these two letters on to you. Rookhaven "
                            "has the claim now and his adjuster is named in their letter.",
                            "Please call the dispatch office rather than the pilot boat if you need him."],
                           [("M/V Aurelia Crest", "0440 | inbound | berth 6"), ("T/V Skua Point", "0910 | outbound | "
                            "anch. B"), ("M/V Corran Star", "1325 | shift | berth 2")])
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxstd_rehab(rng):
    keeper = people(rng, 1, sexes="M", coast=True)[0]
    hosp_dr, rev, cm = people(rng, 3, sexes="FMF", coast=True, avoid=(keeper,))
    m = mem(rng)
    nd = dt.date(2026, 2, 20)
    by = plus(nd, 180)
    got = dt.date(2026, 2, 18)
    adm = dt.date(2026, 2, 23)
    fell = dt.date(2026, 2, 9)
    req = f"MM-26-{digits(rng, 6)}"
    HOSP = "Mainsail Bay Hospital"
    IRF = "Seawall Rehabilitation Institute"
    SNF = "Cove House Skilled Nursing"
    p = ENSheet(footer="Page {n} of {nb}", fax_hdr=f"FEB-20-2026 16:07  SKERRYVANE MED MGMT  {phone(rng, '207')}  "
                                                   f"TO {HOSP.upper()} CASE MGMT  PG {{n}}/{{{{nb}}}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    skerryvane(p, rng, box="NOTICE TO THE HOSPITAL")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [f"To: {cm}, RN, Case Management", HOSP, f"Fax {phone(rng, '207')}",
               f"Attending physician: Dr. {hosp_dr}"]:
        p.f(9.4)
        p.cell(W * 0.5, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.kv_box([("Date", abbr_dot(nd) + "  (" + slash(nd) + ")"), ("Request no.", req), ("Patient", keeper),
                   ("Member no.", spaced(m)), ("Group", KEEPERS), ("Request received", dmy_abbr(got))],
                  p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=8.8)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.f(11, "B")
    p.multi_cell(W, 5.6, f"The plan will pay for the next step of {keeper.split()[0]} {keeper.split()[-1]}'s care in a "
                         "skilled nursing facility, not in an inpatient rehabilitation hospital.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.para(f"Dr. {hosp_dr} asked us on {long(got)} to approve a move from {HOSP} to {IRF}, planned for {long(adm)}, "
           f"for about two weeks of rehabilitation. Mr. {keeper.split()[-1]}, a keeper at Hobnail Rock Light, fell "
           f"from the boat landing on {long(fell)} and was in the water for about 35 minutes before he was pulled "
           "out. He was treated for hypothermia, muscle breakdown and a kidney injury that is now getting better.",
           9.6)
    p.heading("Why a skilled nursing facility", 10.2)
    p.para("The plan pays for a rehabilitation hospital when the patient needs, and can take part in, at least three "
           "hours of therapy a day, five days a week. The therapy notes from February 17 and 18 say Mr. "
           f"{keeper.split()[-1]} tires after 20 to 30 minutes, walks 40 feet with a walker and needs rests. That is "
           "the kind of care a skilled nursing facility gives, with therapy every day at a pace he can manage. Our "
           f"physician reviewer, Dr. {rev}, who is board certified in physical medicine and rehabilitation, read the "
           "notes and spoke with Dr. " + hosp_dr.split()[-1] + " by phone on February 19.", 9.6)
    p.para(f"A stay at a skilled nursing facility such as {SNF} is covered for up to 30 days after approval. The "
           "facility should call us with its admission date and we will approve it the same day. If he gets "
           "stronger and can manage three hours a day, ask us again about a rehabilitation hospital.", 9.6)
    p.add_page()
    p.heading("If you or the patient disagree", 10.2)
    p.para("Because Mr. " + keeper.split()[-1] + " is still in the hospital, you may ask for an expedited appeal by "
           "phone; we decide those within 72 hours. A standard appeal may be filed by the patient, or by a doctor "
           "on his behalf, within 180 days of the date of this notice. Send it to Skerryvane Health Plan, Appeals, "
           "at the address above.", 9.4)
    p.para("A copy of this notice is being mailed to the patient at home. The plan's criteria for rehabilitation "
           "hospital stays are free on request.", 9.4)
    p.signoff(["Medical Management", PLAN], 9.4)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=KEEPERS, member_id=m, member_name=keeper,
              cases=[req], service_dates=[iso(adm)], denial_date=iso(nd), provider=f"Dr. {hosp_dr}",
              appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "provider": [hosp_dr, HOSP, IRF]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_telehealth(rng):
    crew = people(rng, 1, sexes="F", coast=True)[0]
    np_ = people(rng, 1, sexes="M", coast=True, avoid=(crew,))[0]
    m = mem(rng)
    nd = dt.date(2026, 3, 23)
    by = plus(nd, 180)
    v1, v2 = dt.date(2026, 3, 3), dt.date(2026, 3, 5)
    per = 95.00
    billed = per * 2
    cn = claim_no(rng)
    APP = "MedPocket 24/7"
    order = f"MP{digits(rng, 8)}"
    code = f"SC-{digits(rng, 4)}"
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    tidewright(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"March 23, 2026", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [crew, "Radio operator, Scarweather Coast Station", *coast_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.notch_boxes([[("Member", crew, 0.38), ("Member number", spaced(m), 0.32), ("Group", STATIONS, 0.3)],
                   [("Claim", cn, 0.38), ("Visits", f"{short_md(v1)} and {short_md(v2)}", 0.32),
                    ("Charged", n2(billed), 0.3)]], size=9.2)
    p.para(f"Dear {crew.split()[0]} {crew.split()[-1]}:", 9.8)
    p.para(f"We received a claim from {APP} for two video visits with {np_}, a nurse practitioner, on {long(v1)} and "
           f"{long(v2)}, for a skin infection on your hand. The charge was ${per:.2f} for each visit.", 9.8)
    p.para(f"This isn't something your plan covers when it comes from a telehealth service outside the plan's network. "
           f"{APP} is not in the network. At a remote station the plan's telehealth service is StationCall. StationCall "
           "visits cost you nothing, its clinicians can send prescriptions to the station's supply boat or to a "
           "pharmacy ashore, and they know the station's medicine chest.", 9.8)
    p.para("Telehealth from outside the network is paid only in an emergency, or when StationCall can't be reached; "
           "the station log showed the satellite link working on both days.", 9.8)
    yb = p.get_y() + 1
    ye = p.right_caps([(tollfree(rng, "866"), "StationCall, day or night"), (code, "your StationCall access code"),
                       (order, f"{APP} order number (their bill)")], p.l_margin, yb, W * 0.7, size=9.0)
    p.set_xy(p.l_margin, ye + 4)
    p.heading("If you disagree", 10.2)
    p.para("You may appeal within 180 days of the date of this letter. Tell us why the plan should pay, for example "
           "if StationCall could not be reached that day, and send anything that shows it. Mail Tidewright Appeals, "
           f"PO Box 2{digits(rng, 3)}, Portland, ME 04112, or fax the number above.", 9.4)
    p.para(f"{APP} may bill you for the visits. Many app services will drop a bill if you show them this letter.", 9.4)
    p.signoff(["Sincerely,", "", "Member Claims Unit", TPA], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=TPA, group=STATIONS, member_id=m, member_name=crew, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=APP,
              appeal_deadline=iso(by), alternates={"insurer": TPA_ALT, "provider": [np_, "MedPocket"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_es_rotation(rng):
    cook = people(rng, 1, es=True, sexes="F", coast=True)[0]
    derm, sup = people(rng, 2, sexes="MF", coast=True)
    m = mem(rng)
    nd = dt.date(2026, 6, 1)
    by = plus(nd, 180)
    visit = dt.date(2026, 5, 12)
    cn = claim_no(rng)
    CLIN = "Breakwater Dermatology"
    lines = [("Consulta (99213)", 165.00), ("Crioterapia de lesión por sol (17000)", 145.00)]
    billed = sum(x for _, x in lines)
    p = ENSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    tidewright(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [cook, "Cocinera, Estación Costera Tern Island", *coast_address(rng)]:
        p.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.kv_box([("Miembro", spaced(m)), ("Grupo", STATIONS), ("Reclamación", cn), ("Fecha de servicio", slash(visit)),
                   ("Cobrado", usd(billed))], p.l_margin + W * 0.52, y0, W * 0.48, cap_w=34, size=8.8)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.f(11, "B")
    p.cell(0, 6, "Su visita al dermatólogo del 12 de mayo", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Estimada señora {cook.split()[-1]}:", 10)
    p.para(f"No podemos pagar esta visita, porque en mayo usted no tenía cobertura del plan. {CLIN} nos cobró "
           f"{usd(billed)} por la consulta con el Dr. {derm} y la crioterapia de una lesión causada por el sol y el "
           "viento.", 10)
    p.para("Su cobertura depende de los días de rotación que su estación le acredita. Para tener cobertura en un mes, "
           "usted necesita por lo menos 14 días de rotación acreditados dos meses antes. En marzo la estación le "
           "acreditó 9 días, así que no tuvo cobertura en mayo. En abril le acreditó 16 días, así que sí tiene "
           "cobertura en junio.", 10)
    p.month_grid("Sus días de rotación y sus meses de cobertura", ["ene", "feb", "mar", "abr", "may", "jun"],
                 [("Días acreditados", ["15", "14", "9", "16", "12", "-"]),
                  ("Cubre el mes de", ["mar", "abr", "may", "jun", "jul", "ago"]),
                  ("¿Cobertura?", ["sí", "sí", "no", "sí", "no", "-"])], shade_col=2, size=8.4)
    p.para(f"Si cree que la estación no le acreditó todos sus días de marzo, pídale a su supervisora, {sup}, que nos "
           "envíe la hoja de rotación corregida. Si los días llegan a 14, pagaremos la visita sin que tenga que "
           "apelar.", 9.8)
    p.f(10.4, "B")
    p.cell(0, 6, "Si no está de acuerdo", new_x="LMARGIN", new_y="NEXT")
    p.para("Usted puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a Tidewright Appeals a "
           "la dirección de arriba. Si su salud corre grave peligro, pida una decisión rápida por teléfono (72 "
           "horas).", 9.6)
    p.signoff(["Atentamente,", "", "Unidad de Elegibilidad", TPA], 9.6)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=STATIONS, member_id=m, member_name=cook, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": TPA_ALT, "provider": [f"Dr. {derm}", derm]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    keeper = people(rng, 1, sexes="F", coast=True)[0]
    eye, chair, rev = people(rng, 3, sexes="MFM", coast=True, avoid=(keeper,))
    m = mem(rng)
    nd = dt.date(2026, 5, 26)
    by = plus(nd, 60)
    op = dt.date(2026, 4, 14)
    first = dt.date(2026, 4, 27)
    ap = f"SKA-26-{digits(rng, 4)}"
    cn = claim_no(rng)
    EYE = "Gull Island Eye Associates"
    billed = 3260.00
    p = ENSheet(footer="Page {n} of {nb}", foot_ids=f"Appeal {ap}  \u00b7  Claim {cn}  \u00b7  Member {spaced(m)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    skerryvane(p, rng, box="APPEAL COMMITTEE DECISION", unit="Appeals Committee")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"{day_month(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [keeper, "Assistant Keeper, Hobnail Rock Light", *coast_address(rng)]:
        p.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.glance([("Appeal", ap), ("Claim", cn), ("Member number", spaced(m)), ("Group", KEEPERS),
                   ("Surgery", f"{slash(op)}, {EYE}"), ("Amount charged", f"{billed:,.2f}")],
                  p.l_margin + W * 0.58, y0, W * 0.42, title="Your appeal", size=8.2)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.decision_strip("The committee is keeping the first decision", f"Decided {slash(nd)}")
    p.para(f"Dear {keeper.split()[0]} {keeper.split()[-1]}:", 9.8)
    p.para(f"You asked the Appeals Committee to look again at our letter of {long(first)}, which said the plan would "
           f"not pay for the removal of a growth on your left eye (a pterygium) with a tissue graft, done by Dr. {eye} "
           f"at {EYE} on {long(op)}. The committee met on May 21 and is keeping that decision. The plan will not pay "
           f"the {usd(billed)} charged.", 9.6)
    p.flow_cols([
        "What the plan requires. Planned surgery must be approved by the plan before it is done. The surgeon's "
        "office asks for approval; the plan answers within 15 days, or within 72 hours when the surgery is urgent. "
        "This rule is on page 21 of your plan booklet and on the back of your member card.",
        f"What happened. No one asked the plan to approve this surgery. {EYE} scheduled it on March 30 and sent the "
        "claim after it was done. The office notes describe a growth that had slowly got bigger over two years and "
        "was starting to blur your sight. The surgery was planned, not an emergency.",
        f"Why we kept the decision. Your letter says the office told you it would take care of the approval. We are "
        f"sorry that did not happen, but the plan can't pay when no approval was asked for. Dr. {rev}, an eye doctor "
        "who reviews cases for the committee, also read the notes.",
        f"What you can ask of the office. Because {EYE} is in the plan's network and did not ask for approval, its "
        "agreement with the plan says it may not bill you for this surgery. Show the office this letter.",
    ], n=3, size=8.4, heads=set())
    p.heading("Your next step", 10.2)
    p.para("If you still disagree, you may ask for a second-level review by the plan's Board of Trustees. Your "
           "request must be made within 60 days of the date of this letter. Write to the Board of Trustees, "
           f"Skerryvane Health Plan, at the address above. After the Board's decision you may ask for an external "
           "review.", 9.4)
    p.two_sigs([chair, "Chair, Appeals Committee"], [f"Dr. {rev}", "Ophthalmology reviewer"])
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, group=KEEPERS, member_id=m, member_name=keeper,
              cases=[ap, cn], claim_amount=m2(billed), service_dates=[iso(op)], denial_date=iso(nd), provider=EYE,
              appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "case_numbers": [[ap], [cn]], "provider": [f"Dr. {eye}", eye]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_credit(rng):
    keeper = people(rng, 1, sexes="M", coast=True)[0]
    clerk = people(rng, 1, sexes="F", coast=True, avoid=(keeper,))[0]
    m = mem(rng)
    nd = dt.date(2026, 4, 6)
    LIGHT = "Kestrel Ledge Light"
    rots = [(dt.date(2026, 1, 2), dt.date(2026, 1, 29), 28, "R26-01"), (dt.date(2026, 2, 27), dt.date(2026, 3, 26),
            28, "R26-03")]
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    skerryvane(p, rng, box="ROTATION CREDIT STATEMENT", unit="Eligibility Office")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [keeper, f"Principal Keeper, {LIGHT}", *coast_address(rng)]:
        p.f(9.8)
        p.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    p.set_xy(p.l_margin + W * 0.5, y0)
    yb = p.boxes_under([[(spaced(m), "Member number", 0.5), (KEEPERS, "Group", 0.5)],
                        [(PLAN_ID, "Plan ID", 0.5), (iso(nd), "Statement date", 0.5)]],
                       x=p.l_margin + W * 0.5, w=W * 0.5, size=9.2)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.para(f"This statement shows the rotation days {LIGHT} reported for you from January through March 2026 and "
           "the months of coverage they earn. You don't need to do anything unless a number looks wrong.", 9.6)
    p.month_grid("Rotation days credited and the coverage they earn", ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
                 [("Days on the light", ["28", "2", "26", "-", "-", "-"]),
                  ("Days in transit / standby", ["0", "12", "0", "-", "-", "-"]),
                  ("Days credited", ["28", "14", "26", "-", "-", "-"]),
                  ("Earns coverage for", ["Mar", "Apr", "May", "Jun", "Jul", "Aug"]),
                  ("Covered?", ["yes", "yes", "yes", "pending", "pending", "pending"])], size=8.4)
    p.wrap_table(["Rotation", "Relieved on", "Went ashore", "Days", "Boat / relief keeper"],
                 [[r, slash(a), slash(b), str(n), "Tender Petrel Bay"] for a, b, n, r in rots],
                 [W * 0.16, W * 0.2, W * 0.2, W * 0.12, W * 0.32], size=8.6)
    p.para("February counts 2 days on the light and 12 days of standby ashore, which the light's roster lists as "
           "rotation days because you were on call for relief. Standby days count the same as days on the light.",
           9.2)
    p.dotted([("Months of coverage earned so far in 2026", "5 (January through May)"),
              ("Coverage is confirmed through", long(dt.date(2026, 5, 31))),
              ("Next statement", "July 2026")], size=9.2)
    p.ln(3)
    p.para(f"If the light's roster is wrong, ask the light's administrator to send a corrected roster to the "
           f"Eligibility Office. Questions: {clerk}, eligibility specialist, {tollfree(rng, '877')}.", 9.2)
    p.para("A family member's coverage follows yours month by month. This statement is not a bill and does not "
           "decide any claim.", 9.2)
    p.f(7.2)
    p.cell(0, 4, f"{PLAN}  \u00b7  Eligibility Office  \u00b7  claims administered by {TPA}", new_x="LMARGIN",
           new_y="NEXT")
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, group=KEEPERS, member_id=m, member_name=keeper,
              denial_date=iso(nd), alternates={"insurer": PLAN_ALT})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    reset_names()
    F = FAMILY + "_"
    items = [Item(F + "born_digital_household_statement_daughter_hearing_aids_on_page_two_no_heads",
                  "born_digital", [born_household(rng)])]
    cover, docs = stack_pilot_ladder(rng)
    items.append(Item(F + "faxstd_stack_dispatch_cover_pilot_ladder_page_two_upside_down_then_insurer_ack",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "faxstd_rehab_hospital_or_skilled_nursing_after_cold_water_lighthouse_logo", "fax_standard_g4",
                   [faxstd_rehab(rng)]),
              Item(F + "faxfine_station_telehealth_outside_network_notch_boxes", "fax_fine_g4",
                   [faxfine_telehealth(rng)]),
              Item(F + "lowres_es_dias_de_rotacion_sin_cobertura_en_mayo", "scan_lowres_150",
                   [lowres_es_rotation(rng)]),
              Item(F + "photocopy_appeal_committee_pterygium_no_pre_approval_three_columns", "photocopy",
                   [photocopy_appeal(rng)]),
              Item(F + "scanclean_rotation_credit_and_coverage_statement", "scan_clean_300", [scanclean_credit(rng)])]
    return items
