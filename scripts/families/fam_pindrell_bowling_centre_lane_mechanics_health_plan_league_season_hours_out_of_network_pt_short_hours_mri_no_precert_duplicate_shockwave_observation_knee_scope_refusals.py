"""An invented multi-employer health plan for the staff of bowling centres (front counter, snack bar and bar staff,
league coordinators) and the lane mechanics who keep the pinsetters, ball returns and lane surfaces running, in the
centres that pay into it under agreements with the invented Lane Mechanics & Bowling Centre Employees Guild, Local
710. Eligibility counts league-season hours: the hours each contributing centre reports for a member during a league
season, added up over every centre. Three league seasons a year: Winter (January 4 - May 2, 2026), Summer (May 10 -
August 29, 2026) and Fall (September 6 - December 19, 2026). A member with at least 420 reported hours in a season
is covered for the benefit period that follows it (Winter hours cover June 1 - September 30; Summer hours cover
October through January; Fall hours cover February through May); otherwise the member may self-pay. The Plan's
papers deal with what the work brings: hands and wrists caught in machines, elbows and shoulders from lifting pins
and balls, backs from crawling behind the pinsetters, hearing from the machine room, and snack-bar burns.

Everything is invented: the Pindrell Bowling Centre Workers & Lane Mechanics Health Plan (letterhead: a drawn bowling
pin and ball beside the brand split over two lines in spaced capitals, "P I N" over "D R E L L", the rest of the
name small beside the break and "administered by Strathberry Plan Services, Inc." under it; the legal name in the
footer), its Board of Trustees, its administrator Strathberry Plan Services, Inc. (letterhead: a dark disc with
"SPS", "STRATHBERRY" tracked wide, "Plan Services, Inc." and "acting on behalf of the Pindrell ... Plan" under it;
it issues precertification, level-of-care letters and provider remittances), the Lanewright Care Network, the
contributing centres Pocketside Lanes (group BL-2041), Rollmere Bowl & Billiards (BL-2187) and Splitsby Lanes
(BL-2255), every clinic, hospital, person, number, amount and address; phones 555. CPT codes and claim adjustment
reason codes as themselves. Rules (invented): network care only except emergencies; MRI, CT and PET need
precertification; shockwave therapy is investigational; a claim already paid is not paid again; inpatient stays are
reviewed against observation criteria; appeals within 180 days; the Trustees' decision is final.

Numbering: member numbers "PD" + two digits + a look-alike letter (O S B Z G I) + four digits ("PD47S2208"), printed
whole, in spaced groups ("PD47 S2208") or with a two-digit suffix (00 the member, 01 spouse, 02 child) after a
dash, in a column of its own or after "Sufijo"; on the pre-service letter only inside a sentence; plans "PBW-A"
(active) and "PBW-S" (self-pay), printed only in tables on the EOB and the notice; claims "PX26" + a look-alike
letter + five digits; precertification references "PC-26-" + five digits; appeals "TA-26-" + three digits. Decoys:
check, batch and document numbers, NPIs and tax IDs, the earlier claim a duplicate repeats, hour totals, self-payment
amounts and a "by the end of the month after" date, the Trustees' meeting date, dates appeals were received.

Documents (8 in 7 files):
- bd_eob_family_pt_out_of_network_on: born digital; a two-page EOB to a lane mechanic, his wife and daughter, four
  claims with "Billed by" and "Seen by" columns; the wife's three physical therapy visits at a practice outside the
  network refused only by remarks code "ON"; plan and group only in a "Your coverage this period" table on page 2;
  eob, out_of_network.
- faxstd_stack_work_ticket_short_hours_and_mri: standard fax from a bowling centre's machine room: a work ticket
  filled in by hand as the cover (no document); the Plan's letter refusing a June urgent care visit because the
  member had 371.5 of 420 Winter League Season hours, its page 2 a landscape hours table sent through the fax turned
  a quarter (eligibility); Strathberry's letter refusing a lumbar MRI done without precertification, the imaging
  center named with its address and NPI (prior_authorization).
- faxstd_remit_duplicate_claim_co18: standard fax; Strathberry's remittance to an orthopaedic and hand practice, four
  claims with a rendering clinician per claim; the third claim (between fully paid claims) refused with CO-18 as a
  repeat of a claim already paid; other (duplicate).
- faxfine_trustees_shockwave_elbow_upheld: fine fax; the Trustees keep the refusal of shockwave therapy for a lane
  mechanic's tennis elbow as investigational; the decision date beside the date the appeal was received and the
  meeting date; experimental; no further plan appeal.
- photo_knee_scope_not_necessary_id_in_sentence: photographed Strathberry letter refusing a planned knee arthroscopy
  as not medically necessary; the member number only inside a sentence; the surgeon only in prose;
  medical_necessity.
- photocopy_es_observacion_dolor_de_pecho: photocopied Spanish Strathberry letter paying a snack-bar cook's wife's
  chest-pain stay as observation and refusing the inpatient days; admission and discharge boxes; level_of_care
  (medical_necessity accepted).
- bd_notice_winter_season_hours_covered: born digital; a notice that 468.5 Winter League Season hours over two
  centres earned coverage from June 1 to September 30, 2026 (other, no denial).

Judgement calls (kept in alternates): insurer = the letterhead issuer: the Plan on its papers, Strathberry on its
four (each accepts the other and the short names). Plan = PBW-A where printed;
group = the member's home centre's group where printed. Member ID = the member number without suffix (the suffixed
forms accepted). Member = the patient (the wife on the EOB and in Spanish, the refused patient on the remittance).
Provider = the rendering clinician (practice accepted); the imaging center on the MRI letter (the ordering doctor
accepted); the hospital in Spanish (attending accepted); the requesting surgeon on the pre-service letter (practice
accepted); the clinic on the short-hours letter (the PA accepted). Case numbers = the refused claim's number; the
precertification reference on the pre-service letter; appeal + claim on the Trustees' decision (either alone
accepted); none on the notice. Amounts = billed charges of the refused claim; none on the pre-service letter and the
notice. Deadlines: notice date + 180 ("of the date of this statement / letter", "after the date of this letter",
"a partir de la fecha de esta carta"), + 90 on the remittance ("of the remittance date"), a printed "no later than"
date on the MRI letter; none on the Trustees' final decision and the notice.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvc import (EVSheet, addr_block, digits, es_date, fax_date, first_last, iso, last_first, long,
                               lookalike, m2, n2, npi, out, plus, sign, slash, spaced_id,
                               ticket_cover, tin, truth, usd)

FAMILY = ("pindrell_bowling_centre_lane_mechanics_health_plan_league_season_hours_out_of_network_pt_short_hours_mri_"
          "no_precert_duplicate_shockwave_observation_knee_scope_refusals")
LANG = "en"
SEED = 355204

PLAN = "Pindrell Bowling Centre Workers & Lane Mechanics Health Plan"
ADMIN = "Strathberry Plan Services, Inc."
PLAN_ALT = [PLAN, "Pindrell Bowling Centre Workers and Lane Mechanics Health Plan", "Pindrell Health Plan",
            "Pindrell Plan", "Pindrell", ADMIN]
ADMIN_ALT = [ADMIN, "Strathberry Plan Services", "Strathberry", PLAN]
ADDR = ["1450 Kettle Ridge Drive, Suite 300", "Lofthollow, IA 50316"]
GUILD = "Lane Mechanics & Bowling Centre Employees Guild, Local 710"
NETWORK = "Lanewright Care Network"
PLAN_ID = "PBW-A"
GROUPS = {"BL-2041": "Pocketside Lanes", "BL-2187": "Rollmere Bowl & Billiards", "BL-2255": "Splitsby Lanes"}


def mid(rng) -> str:
    return f"PD{digits(rng, 2)}{lookalike(rng)}{digits(rng, 4)}"


def claim_no(rng) -> str:
    return f"PX26{lookalike(rng, 'OSBZG')}{digits(rng, 5)}"


def plan_right(rng, es: bool = False) -> list[str]:
    return ["Plan Office", ADDR[0], ADDR[1], f"Member services 1-888-555-{digits(rng, 4)}",
            f"Fax (515) 555-{digits(rng, 4)}"]


def head_plan(p: EVSheet, rng, box: str | None = None):
    p.pin_head("PIN", "DRELL", ["Bowling Centre Workers &", "Lane Mechanics Health Plan"],
               f"administered by {ADMIN}", plan_right(rng), box=box)


def head_admin(p: EVSheet, rng, box: str | None = None, es: bool = False):
    tag = (f"Plan Services, Inc.  \u00b7  en nombre del {PLAN}" if es
           else f"Plan Services, Inc.  \u00b7  acting on behalf of the {PLAN}")
    small = (["Revisión previa, reclamaciones y servicios a proveedores"] if es
             else ["Precertification, claims and provider services"])
    p.wordmark("STRATHBERRY", style="tracked", initials="SPS", shape="disc", tagline=tag, small=small,
               right=[ADDR[0], ADDR[1], f"Provider line 1-877-555-{digits(rng, 4)}", f"Fax (515) 555-{digits(rng, 4)}"],
               box=box, size=16)


PFOOT = f"{PLAN}  \u00b7  Plan Office"
AFOOT = f"{ADMIN}  \u00b7  {ADDR[1]}"


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    mech, wife, kid = "Lorcan E. Dewhirst", "Aoife R. Dewhirst", "Niamh C. Dewhirst"
    pt = "Rosalind M. Quibell"
    practice = "Harkaway Physical Therapy"
    m = mid(rng)
    g = "BL-2041"
    sd = dt.date(2026, 7, 15)
    ptd = [dt.date(2026, 6, 10), dt.date(2026, 6, 17), dt.date(2026, 6, 24)]
    nos = [claim_no(rng) for _ in range(4)]
    den = 1
    # claim: patient, suffix, billed by, seen by, lines (date, code, service, billed, plan paid, you owe, remarks)
    claims = [
        (mech, "00", "Rollmere Urgent Care", "Halden P. Greaves, PA-C",
         [(dt.date(2026, 6, 8), "99213", "Urgent care", 188.00, 128.00, 35.00, "CP"),
          (dt.date(2026, 6, 8), "12002", "Repair of cut", 342.00, 214.40, 53.60, "CI")]),
        (wife, "01", practice, f"{pt}, DPT",
         [(d, "97110", "Ther. exercise", 165.00, 0.00, 165.00, "ON") for d in ptd]),
        (kid, "02", "Splitsby Family Medicine", "Dr. Ottavia L. Renwick, MD",
         [(dt.date(2026, 6, 12), "99393", "Well-child", 236.00, 236.00, 0.00, "PV")]),
        (mech, "00", "Lofthollow Hearing Center", "Wendeline S. Marsh, AuD",
         [(dt.date(2026, 6, 29), "92557", "Hearing test", 164.00, 98.40, 24.60, "CI")]),
    ]
    p = EVSheet(footer="Page {n} of {nb}", footer_left=PFOOT)
    p.set_margins(14, 14, 14)
    p.add_page()
    head_plan(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [mech.upper(), "3307 Gutterbridge Road", "Lofthollow, IA 50317"], 9.2)
    yb = p.get_y()
    p.kv_box([("Statement date", long(sd)), ("Member", mech), ("Member no.", spaced_id(m, (4, 5))),
              ("Claims on this statement", "4")], p.l_margin + W * 0.5, y, W * 0.5, cap_w=40, size=8.8)
    p.set_y(max(yb, y + 26))
    p.para("Each claim below has its own claim number. Every line shows who billed, who saw the patient, and what "
           "the Plan paid. A remarks code explains each line; the codes are listed under the claims. This is not a "
           "bill.", 8.4)
    rows = []
    for i, (pat, sfx, billed_by, seen_by, lines) in enumerate(claims):
        for j, (d, code, svc, b, pp, owe, rmk) in enumerate(lines):
            rows.append([nos[i] if j == 0 else "", f"{pat.split()[0]} ({sfx})" if j == 0 else "", slash(d),
                         billed_by if j == 0 else "", seen_by if j == 0 else "", f"{code} {svc}", n2(b), n2(pp),
                         n2(owe), rmk])
        if len(lines) > 1:
            rows.append(("total", ["", "", "", "", "", "Claim total", n2(sum(x[3] for x in lines)),
                                   n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)), ""]))
    tot = [sum(x[k] for c in claims for x in c[4]) for k in (3, 4, 5)]
    rows.append(("total", ["", "", "", "", "", "Totals", n2(tot[0]), n2(tot[1]), n2(tot[2]), ""]))
    p.mark_rows(["Claim no.", "Patient", "Date", "Billed by", "Seen by", "Service", "Billed", "Plan paid",
                 "You owe", "Remarks"],
                [W * k / 100 for k in (10.5, 9, 8.5, 18.5, 17.5, 12, 6.5, 6.5, 6, 5)],
                ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"], rows, size=6.6, row_h=4.8)
    p.code_key("Remarks codes", [
        ("CP", "Your urgent care copay ($35.00)."),
        ("CI", "Your 20% coinsurance after the deductible."),
        ("PV", "Preventive care, paid in full."),
        ("LM", "The yearly visit limit for this service has been reached."),
        ("ON", f"Not covered: the provider is not in the {NETWORK}. The Plan pays care outside the network only in "
               "an emergency. You may owe the full charge."),
        ("WC", "Held: the injury may be work-related; the centre's workers' compensation carrier pays first."),
    ], size=7.1)
    p.add_page()
    p.f(8.8, "B")
    p.cell(0, 5, "Your coverage this period", new_x="LMARGIN", new_y="NEXT")
    p.ruled_rows(["Benefit period", "Earned by", "Plan", "Home centre", "Group"],
                 [["06/01/2026 - 09/30/2026", "Winter League Season hours: 512.0", PLAN_ID, GROUPS[g], g]],
                 [W * k / 100 for k in (24, 32, 12, 20, 12)], ["L"] * 5, size=7.8, row_h=5.0)
    p.ruled_rows(["Suffix", "Covered person", "Relationship"],
                 [["00", mech, "member"], ["01", wife, "spouse"], ["02", kid, "child"]],
                 [W * k / 100 for k in (12, 50, 38)], ["L"] * 3, size=7.8, row_h=5.0)
    p.bar("Questions and appeals", 8.6)
    p.para(f"If you think a claim was paid wrongly, call Member Services first. You may appeal to the Board of "
           f"Trustees within 180 days of the date of this statement. Write to the Appeals Committee, {PLAN}, "
           f"{ADDR[0]}, {ADDR[1]}, and give the claim number. To find a provider in the {NETWORK}, call Member "
           "Services or use the directory on the Plan's website.", 8.4)
    t = truth("eob", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=wife,
              cases=[nos[den]], claim_amount=m2(495.00), service_dates=[iso(d) for d in ptd], denial_date=iso(sd),
              provider=pt, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [practice], "member_id": [f"{m}-01", f"{m}01"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mech = "Russell O. Quenby"
    m = mid(rng)
    g = "BL-2041"
    pa, clinic = "Halden P. Greaves", "Rollmere Urgent Care"
    visit = dt.date(2026, 6, 11)
    l1 = dt.date(2026, 6, 22)
    c1 = claim_no(rng)
    amt1 = 238.00
    mri = dt.date(2026, 5, 19)
    l2 = dt.date(2026, 6, 3)
    c2 = claim_no(rng)
    amt2 = 1642.00
    last2 = dt.date(2026, 12, 1)
    img = "Gannet Hill Imaging Center"
    orderer = "Ferdinand A. Lisle"
    sent = dt.date(2026, 7, 6)
    tx = f"{fax_date(sent)} 16:52  POCKETSIDE LANES  319 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    cover = ticket_cover(rng, ["POCKETSIDE LANES", "32 lanes  \u00b7  cosmic bowling Fri & Sat",
                               "880 Alleyway Boulevard, Lofthollow, IA 50318", "Front desk (319) 555-0172"],
                         f"{digits(rng, 4)}",
                         [("|Lane(s)                                            Machine", "---"),
                          ("Problem reported", "FAX TO GUILD 710 HALL - BENEFITS DESK"),
                          ("Work done", "RUSS Q. - 2 LETTERS FROM PINDRELL, 3 PGS"),
                          ("Parts used", ""),
                          ("|Mechanic                                            Time in / out", "R.O.Q.    4:45 PM")],
                         ["HE WAS SHORT ON HOURS - WE CUT", "LEAGUE NIGHTS IN MARCH. PLS CALL", "HIM AT THE DESK"],
                         tx=tx, tx_total=4)
    # (i) the Plan: short league-season hours; page 2 is a landscape hours table sent through turned a quarter
    p = EVSheet(footer="Page {n} of {nb}", footer_left=PFOOT, tx=tx, tx_off=1, tx_total=4, tx_side={2: True})
    p.set_margins(18, 15, 18)
    p.add_page()
    head_plan(p, rng, box="NO COVERAGE ON DATE OF SERVICE")
    addr_block(p, [mech, "17 Ball Return Lane", "Lofthollow, IA 50319"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Date of this letter", slash(l1), 0.22), ("Date of service", slash(visit), 0.2),
              ("Claim no.", c1, 0.24), ("Member no.", f"{m}-00", 0.34)],
             [("Plan / group", f"{PLAN_ID} / {g}", 0.3), ("Billed", usd(amt1), 0.2),
              ("Provider", f"{clinic} \u2013 {pa}, PA-C", 0.5)]], size=8.8, cap=6.0)
    p.para(f"Dear {first_last(mech)}:", 9.4)
    p.para(f"The Plan received a claim from {clinic} for your visit on {long(visit)}. The Plan did not pay it, "
           "because you were not covered on that day.", 9.2)
    p.para("Coverage from June 1 through September 30, 2026 is earned by the hours your centres report for you in "
           "the Winter League Season, January 4 through May 2, 2026. You need 420 hours, added up over every centre "
           "that pays into the Plan. Your centres reported 371.5 hours, 48.5 hours short. The hours reported for "
           "each week are on the next page.", 9.2)
    p.bullets([
        "Self-payment: you can keep your coverage for June through September by paying $548.00 a month. The first "
        "payment must reach the Plan Office by the end of the month after the month of this letter. When it does, "
        "the Plan will pay this claim.",
        "If a centre left out hours you worked, ask the centre to send a corrected report, or call the Guild.",
        f"You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the Appeals "
        f"Committee, {PLAN}, {ADDR[0]}, {ADDR[1]}.",
    ], size=8.9)
    sign(p, ["Corisande P. Blakeway", "Eligibility Department", "Plan Office"], size=9.0)
    p.add_page(orientation="L")
    p.set_margins(16, 14, 16)
    WL = p.w - p.l_margin - p.r_margin
    p.set_y(14)
    p.f(11, "B")
    p.cell(0, 6, f"Winter League Season 2026: hours reported for {mech}   (member no. {m})", new_x="LMARGIN",
           new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.6, "Weeks run Sunday to Saturday. Machine-room call-outs are counted as worked hours.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    weeks = [dt.date(2026, 1, 4) + dt.timedelta(days=7 * i) for i in range(17)]
    pock = [22.0, 21.5, 22.0, 20.0, 21.0, 22.5, 21.0, 14.0, 12.5, 10.0, 12.0, 14.5, 18.0, 18.5, 17.0, 18.0, 17.0]
    roll = [0, 0, 0, 0, 0, 0, 0, 6.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 4.0, 4.0]
    head = ["Centre"] + [w.strftime("%m/%d") for w in weeks] + ["Total"]
    body = [[f"{GROUPS['BL-2041']} (BL-2041)"] + [f"{x:.1f}" for x in pock] + [f"{sum(pock):.1f}"],
            [f"{GROUPS['BL-2187']} (BL-2187)"] + [f"{x:.1f}" if x else "-" for x in roll] + [f"{sum(roll):.1f}"],
            ["Season total"] + [f"{a + b:.1f}" for a, b in zip(pock, roll)] + [f"{sum(pock) + sum(roll):.1f}"]]
    assert abs(sum(pock) + sum(roll) - 371.5) < 0.01, sum(pock) + sum(roll)
    p.ruled_rows(head, body, [WL * 0.17] + [WL * 0.045] * 17 + [WL * 0.065], ["L"] + ["R"] * 18, size=7.2,
                 row_h=6.0, bold_rows=(2,))
    p.f(8.6)
    p.multi_cell(WL, 4.4, "Hours needed for coverage June 1 - September 30, 2026: 420.0.   Reported: 371.5.   "
                          "Short: 48.5.", new_x="LMARGIN", new_y="NEXT")
    a_pdf = out(p)
    a_t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m,
                member_name=mech, cases=[c1], claim_amount=m2(amt1), service_dates=[iso(visit)],
                denial_date=iso(l1), provider=clinic, appeal_deadline=iso(plus(l1, 180)),
                alternates={"insurer": PLAN_ALT, "provider": [pa], "member_id": [f"{m}-00", f"{m}00"]})
    # (ii) Strathberry: MRI without precertification
    q = EVSheet(footer="Page {n} of {nb}", footer_left=AFOOT, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 15, 18)
    q.add_page()
    head_admin(q, rng, box="CLAIM DENIED")
    q.f(9.4)
    q.cell(0, 5, long(l2), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    addr_block(q, [mech, "17 Ball Return Lane", "Lofthollow, IA 50319"], 9.2)
    q.leader_right([("Member", mech), ("Member no.", spaced_id(m, (4, 5)) + "   suffix 00"), ("Claim", c2),
                    ("Plan / group", f"{PLAN_ID} / {g}"), ("Date of service", slash(mri)), ("Billed", usd(amt2))],
                   cap_w=34, size=9.0, cap=8.0)
    q.f(7.4, "B")
    q.cell(0, 4, "PROVIDER", new_x="LMARGIN", new_y="NEXT")
    q.f(8.8)
    q.cell(0, 4.6, f"{img}  \u00b7  410 Spindle Road, Lofthollow, IA 50320  \u00b7  NPI {npi(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.para(f"Dear {first_last(mech)}:", 9.4)
    q.para(f"{img} sent a claim for an MRI of your lower back (72148) done on {long(mri)}, ordered by Dr. "
           f"{orderer}. The claim is denied.", 9.2)
    q.para("Why: the Plan requires precertification before an MRI, CT or PET scan unless it is done in an "
           "emergency. Strathberry reviews these requests for the Plan. We have no request on file for this scan, "
           "and the claim does not show an emergency.", 9.2)
    q.para(f"{img} is in the {NETWORK}. Network providers agree to ask for precertification, so the center may "
           "not bill you for this scan. If it does, send us the bill.", 9.2)
    q.bar("Appeal", 9.0)
    q.para(f"You or your doctor may appeal to the Board of Trustees. The appeal must reach the Appeals Committee, "
           f"{PLAN}, {ADDR[0]}, {ADDR[1]}, no later than {long(last2)}. Include the doctor's notes if the scan "
           "was urgent.", 9.0)
    sign(q, ["Ignatia F. Oxenbould, RN", "Utilization Review", ADMIN], size=9.0)
    b_pdf = out(q)
    b_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=PLAN_ID, group=g, member_id=m,
                member_name=mech, cases=[c2], claim_amount=m2(amt2), service_dates=[iso(mri)], denial_date=iso(l2),
                provider=img, appeal_deadline=iso(last2),
                alternates={"insurer": ADMIN_ALT, "provider": [orderer, f"Dr. {orderer}"],
                            "member_id": [f"{m}-00", f"{m}00"]})
    return cover, [(a_pdf, a_t), (b_pdf, b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pts = ["Tamsyn J. Pettifer", "Kester B. Loveday", "Bram H. Fettiplace", "Odalys V. Carrow"]
    rend = ["Anatole V. Breckridge, MD", "Philippa N. Straughan, PA-C", "Anatole V. Breckridge, MD",
            "Ismay R. Goodhew, OTR/L"]
    practice = "Brackwater Orthopaedic & Hand Associates"
    ids = [mid(rng) for _ in pts]
    sfx = ["00", "01", "00", "00"]
    grps = ["BL-2187", "BL-2255", "BL-2041", "BL-2187"]
    nos = [claim_no(rng) for _ in pts]
    earlier = claim_no(rng)
    rd = dt.date(2026, 8, 7)
    dup_d = dt.date(2026, 6, 30)
    den = 2

    def lead(i):
        return [nos[i], last_first(pts[i]), f"{ids[i]}-{sfx[i]}"]

    claims = [
        {"lead": lead(0), "lines": [["07/14/2026", "99214", "Office visit", "248.00", "171.00", "136.80", "34.20",
                                     "CO-45 PR-2"],
                                    ["07/14/2026", "20605", "Injection, elbow", "296.00", "188.00", "150.40", "37.60",
                                     "CO-45 PR-2"]],
         "total": ["", "", "", "544.00", "359.00", "287.20", "71.80", ""],
         "note": f"Group {grps[0]}  \u00b7  Rendering {rend[0]}"},
        {"lead": lead(1), "lines": [["07/16/2026", "99213", "Office visit", "182.00", "124.00", "89.00", "35.00",
                                     "CO-45 PR-3"],
                                    ["07/16/2026", "73110", "X-ray wrist", "136.00", "72.00", "57.60", "14.40",
                                     "CO-45 PR-2"]],
         "total": ["", "", "", "318.00", "196.00", "146.60", "49.40", ""],
         "note": f"Group {grps[1]}  \u00b7  Rendering {rend[1]}"},
        {"lead": lead(2), "lines": [[slash(dup_d), "99214", "Office visit", "248.00", "0.00", "0.00", "0.00",
                                     "CO-18"],
                                    [slash(dup_d), "29125", "Splint, forearm", "164.00", "0.00", "0.00", "0.00",
                                     "CO-18"]],
         "total": ["", "", "", "412.00", "0.00", "0.00", "0.00", ""],
         "note": f"Group {grps[2]}  \u00b7  Rendering {rend[2]}  \u00b7  same services as claim {earlier}, paid "
                 f"07/24/2026"},
        {"lead": lead(3), "lines": [["07/21/2026", "97165", "OT evaluation", "210.00", "146.00", "116.80", "29.20",
                                     "CO-45 PR-2"],
                                    ["07/21/2026", "97760", "Orthotic fitting", "158.00", "101.00", "80.80", "20.20",
                                     "CO-45 PR-2"]],
         "total": ["", "", "", "368.00", "247.00", "197.60", "49.40", ""],
         "note": f"Group {grps[3]}  \u00b7  Rendering {rend[3]}"},
    ]
    tx = f"{fax_date(plus(rd, 3))} 10:07  STRATHBERRY PLAN SVCS  515 555 {digits(rng, 4)}  PAGE {{n2}}/{{t2}}"
    p = EVSheet(footer="Page {n} of {nb}", footer_left=AFOOT, tx=tx)
    p.set_margins(12, 14, 12)
    p.add_page()
    head_admin(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Billing Office", "2290 Pinsetter Parkway, Suite 4", "Lofthollow, IA 50321"], 9.0)
    ya = p.get_y()
    yb = p.bare_ids([(slash(rd), "remittance date"), (f"Check {digits(rng, 7)}", "payment"),
                     (f"BT-{digits(rng, 5)}", "batch"), (tin(rng), "tax ID"), (npi(rng), "billing NPI"),
                     (PLAN_ID, "plan (all claims)")], x=p.l_margin + W * 0.56, y=y, w=W * 0.44, size=8.4)
    p.set_y(max(ya, yb) + 3)
    p.remit_table(["Claim", "Patient", "Member no.-sfx", "Date", "Code", "Service", "Billed", "Allowed",
                   "Plan paid", "Pt. resp.", "Adj. codes"],
                  [W * k / 100 for k in (11, 15.5, 12.5, 9, 5.5, 12, 6.5, 7, 6.5, 6, 8.5)],
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], claims, size=6.8)
    p.f(8.2, "B")
    p.cell(0, 5, f"Paid to provider this remittance: {usd(287.20 + 146.60 + 197.60)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.code_key("Adjustment codes", [
        ("CO-45", "Charge over the Plan's fee schedule; not billable to the patient."),
        ("PR-2", "Patient's 20% coinsurance."),
        ("PR-3", "Patient's copay."),
        ("CO-18", "Not paid: the same services for the same patient and date were already received and paid on "
                  "another claim."),
        ("CO-29", "The time limit for filing has expired."),
        ("CO-97", "Paid as part of another service on the same day."),
    ], size=7.0, code_w=12)
    p.bar("Reconsideration", 8.4)
    p.para(f"To ask for a second look at a claim on this remittance, write within 90 days of the remittance date to "
           f"Provider Reconsiderations, {ADMIN}, {ADDR[0]}, {ADDR[1]}. For a claim denied as a repeat, show what "
           "makes it a different service.", 8.0)
    t = truth("eob", "other", insurer=ADMIN, plan_id=PLAN_ID, group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(412.00), service_dates=[iso(dup_d)],
              denial_date=iso(rd), provider="Anatole V. Breckridge", appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice],
                          "member_id": [f"{ids[den]}-00", f"{ids[den]}00"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_appeal(rng):
    mech = "Wystan G. Hebblethwaite"
    doc = "Clementine R. Ashdown"
    clinic = "Rollcast Sports Medicine"
    chair, adv = "Bartholomew K. Ainsworth-Pell", "Dr. Yvaine T. Morcombe"
    m = mid(rng)
    g = "BL-2187"
    svcs = [dt.date(2026, 5, 13), dt.date(2026, 5, 20), dt.date(2026, 5, 27)]
    recd = dt.date(2026, 7, 2)
    met = dt.date(2026, 8, 11)
    dd = dt.date(2026, 8, 13)
    clm = claim_no(rng)
    ap = f"TA-26-{digits(rng, 3)}"
    amt = 780.00
    tx = f"{fax_date(plus(dd, 1))} 08:31  PINDRELL PLAN OFFICE  515 555 {digits(rng, 4)}  P.{{n}}"
    p = EVSheet(footer="Page {n} of {nb}", footer_left=PFOOT, tx=tx)
    p.set_margins(18, 15, 18)
    p.add_page()
    head_plan(p, rng, box="DECISION ON APPEAL")
    addr_block(p, [mech, "9 Foul Line Court", "Lofthollow, IA 50322"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Decision date", long(dd), 0.34), ("Appeal received", long(recd), 0.33),
              ("Committee meeting", long(met), 0.33)],
             [("Appeal no.", ap, 0.25), ("Claim no.", clm, 0.25), ("Member no.", spaced_id(m, (4, 5)), 0.26),
              ("Plan / group", f"{PLAN_ID} / {g}", 0.24)]], size=8.8, cap=6.0)
    p.para(f"Dear {first_last(mech)}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees has decided your appeal about extracorporeal shockwave "
           f"therapy for your right elbow. Dr. {doc} of {clinic} gave you three treatments (0101T), on "
           f"{long(svcs[0])}, {long(svcs[1])} and {long(svcs[2])}, billed at {usd(amt)} in all. The Plan Office refused the claim, and you appealed.", 9.2)
    p.para("You told the Committee that years of lifting pins and pinsetter parts caused your tennis elbow, that "
           "rest, a brace, therapy and an injection did not help, and that the treatments let you go back to "
           "full shifts.", 9.2)
    p.para("The Plan does not pay for treatment that is experimental or investigational, meaning treatment whose "
           "benefit for the condition has not been shown in sound published studies. The Committee asked an "
           "orthopaedic surgeon to review your records and the studies. She found that the studies of shockwave "
           "therapy for tennis elbow disagree with each other and do not show a lasting benefit over exercise "
           "therapy or time.", 9.2)
    p.para("Decision: the refusal is upheld. The Committee is glad the treatments helped you, but it must apply the "
           "Plan's rules the same way for every member. Therapy for your elbow remains covered.", 9.2)
    p.bar("Your rights", 9.0)
    p.para("This is the Trustees' final decision on your claim. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter, and you may bring a "
           "civil action under section 502(a) of ERISA. You may ask for free copies of the papers the Committee "
           "used.", 8.8)
    p.signers([chair, "Chair, Appeals Committee", "Board of Trustees"],
              [adv, "Medical Consultant to the Trustees", "orthopaedic surgery"], size=8.6)
    p.para(f"cc: {GUILD}", 7.8)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m,
              member_name=mech, cases=[ap, clm], claim_amount=m2(amt), service_dates=[iso(d) for d in svcs],
              denial_date=iso(dd), provider=doc, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "provider": [clinic, f"Dr. {doc}"],
                          "case_numbers": [[ap], [clm]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_precert(rng):
    mem = "Shona T. Calloway"
    surgeon = "Anatole V. Breckridge"
    practice = "Brackwater Orthopaedic & Hand Associates"
    rev = "Dr. Gideon F. Saltash"
    m = mid(rng)
    ld = dt.date(2026, 7, 7)
    planned = dt.date(2026, 7, 20)
    ref = f"PC-26-{digits(rng, 5)}"
    p = EVSheet(footer="Page {n} of {nb}", footer_left=AFOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    head_admin(p, rng, box="PRECERTIFICATION DECISION")
    p.f(9.6)
    p.cell(0, 5, f"{long(ld)}          Reference {ref}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [mem, "540 Approach Street", "Lofthollow, IA 50323"], 9.4)
    p.subject_line("Knee arthroscopy: not approved")
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"Dr. {surgeon} of {practice} asked us to approve an arthroscopy of your left knee with a partial "
           f"meniscectomy, planned for July 20, 2026 at Lofthollow Surgery Center. Your member number, {m}, and "
           f"your home centre, {GROUPS['BL-2255']}, were on the request. We have reviewed it for the {PLAN}.", 9.4)
    p.para("Our decision: the surgery is not approved, because it is not medically necessary for you at this time.",
           9.4, )
    p.para("Why: the records show knee pain that came on slowly, arthritis changes on the X-ray and a tear of the "
           "meniscus on the MRI of the kind that comes with wear. For this kind of tear, the Plan's criteria ask "
           "for at least six weeks of physical therapy and home exercise first, unless the knee locks or gives way. "
           "The records show two weeks of therapy and no locking. Studies show that therapy helps most people with "
           "this kind of tear as much as surgery does.", 9.4)
    p.para(f"This decision was made by {rev}, MD, an orthopaedic surgeon. Dr. {surgeon} may call to discuss it. If "
           "you finish the therapy and still have symptoms, your doctor can send a new request.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You or your doctor may appeal within 180 days after the date of this letter. Write to the Appeals "
           f"Committee, {PLAN}, {ADDR[0]}, {ADDR[1]}. If waiting could seriously harm your health, ask for a fast "
           "appeal; it is decided within 72 hours.", 9.2)
    sign(p, ["Ignatia F. Oxenbould, RN", "Utilization Review", ADMIN], size=9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, plan_id=None, group=None, member_id=m,
              member_name=mem, cases=[ref], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=surgeon, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice, f"Dr. {surgeon}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_es(rng):
    cook, wife = "Ramiro A. Urquidi", "Graciela N. Urquidi"
    hosp = "Fenwold General Hospital"
    att = "Leandro P. Ibarguen"
    m = mid(rng)
    g = "BL-2255"
    adm, dis = dt.date(2026, 5, 11), dt.date(2026, 5, 13)
    ld = dt.date(2026, 5, 28)
    clm = claim_no(rng)
    amt = 12684.30
    p = EVSheet(footer="Página {n} de {nb}", footer_left=AFOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    head_admin(p, rng, box="DECISIÓN SOBRE SU HOSPITALIZACIÓN", es=True)
    p.f(9.4)
    p.cell(0, 5, es_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [cook, "2208 Calle Bolera", "Lofthollow, IA 50324"], 9.4)
    p.boxes([[("Paciente", wife, 0.34), ("Número de miembro", m, 0.24), ("Sufijo", "01", 0.12),
              ("Grupo", g, 0.14), ("Plan", PLAN_ID, 0.16)],
             [("Hospital", hosp, 0.36), ("Fecha de ingreso", slash(adm), 0.2), ("Fecha de alta", slash(dis), 0.2),
              ("Reclamación", clm, 0.24)]], size=8.8, cap=6.0)
    p.para(f"Estimado señor {cook.split()[-1]}:", 9.4)
    p.para(f"Le escribimos sobre la estadía de su esposa, {first_last(wife)}, en {hosp}. Ella llegó a la sala de "
           f"emergencias con dolor en el pecho y quedó en el hospital bajo el cuidado del Dr. {att}. El hospital "
           f"facturó la estadía como hospitalización, por un total de {usd(amt)}.", 9.2)
    p.para("Revisamos los registros médicos. Los análisis de sangre y el electrocardiograma salieron normales, y la "
           "prueba de esfuerzo del segundo día también. Para este tipo de dolor de pecho, cuando las pruebas salen "
           "normales, la atención que corresponde es la de observación, no la de paciente internado.", 9.2)
    p.para("Nuestra decisión: el Plan paga la atención de emergencias, las pruebas y la estadía al nivel de "
           "observación. El Plan no paga los días como paciente internado. El hospital es parte de la red "
           f"{NETWORK} y no puede cobrarle a usted la diferencia.", 9.2)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Usted o el médico pueden apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Comité "
           f"de Apelaciones, {PLAN}, {ADDR[0]}, {ADDR[1]}, y envíe los registros que muestren por qué ella necesitaba "
           "quedar internada.", 9.0)
    sign(p, ["Dr. Gideon F. Saltash, MD", "Médico revisor", ADMIN], close="Atentamente,", size=9.0)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=PLAN_ID, group=g, member_id=m,
              member_name=wife, cases=[clm], claim_amount=m2(amt), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ADMIN_ALT, "provider": [att, f"Dr. {att}"],
                          "member_id": [f"{m}-01", f"{m}01"],
                          "service_dates": [[iso(adm)], [iso(dis)], [iso(adm), iso(dis)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_notice(rng):
    mem = "Maelle J. Farquharson"
    m = mid(rng)
    g = "BL-2187"
    nd = dt.date(2026, 5, 22)
    notice = f"EN-{digits(rng, 6)}"
    p = EVSheet(footer=None, footer_left=f"{PLAN}  \u00b7  notice {notice}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_plan(p, rng, box="NOTICE OF ELIGIBILITY")
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [mem, "71 Tenpin Terrace, Apt 2", "Lofthollow, IA 50325"], 9.4)
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para("Good news: you are covered from June 1 through September 30, 2026. Your centres reported more than the "
           "420 hours the Plan asks for in the Winter League Season (January 4 through May 2, 2026).", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Centre", "Group", "Winter League Season hours"],
                 [[GROUPS["BL-2187"], "BL-2187", "291.0"], [GROUPS["BL-2255"], "BL-2255", "177.5"],
                  ["Total", "", "468.5"], ["Needed", "", "420.0"]],
                 [W * 0.5, W * 0.2, W * 0.3], ["L", "L", "R"], size=8.8, row_h=5.2, bold_rows=(2,))
    p.ruled_rows(["Member no.", "Plan", "Home centre (group)", "Covered"],
                 [[m, PLAN_ID, f"{GROUPS[g]} ({g})", "you only (00)"]],
                 [W * 0.25, W * 0.15, W * 0.38, W * 0.22], ["L"] * 4, size=8.8, row_h=5.2)
    p.para(f"Show your ID card at every visit. Providers in the {NETWORK} cost you the least; outside the network the "
           "Plan pays only for emergencies.", 9.2)
    p.para("The Summer League Season runs May 10 through August 29, 2026. The hours you work in it decide your "
           "coverage from October. If you work at more than one centre, make sure each one reports your hours.", 9.2)
    sign(p, ["Corisande P. Blakeway", "Eligibility Department", "Plan Office"], size=9.2)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=mem, cases=[],
              claim_amount=None, service_dates=[], denial_date=iso(nd), provider=None, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "case_numbers": [[notice]], "member_id": [f"{m}-00", f"{m}00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    remit = faxstd_remit(rng)
    appeal = faxfine_appeal(rng)
    pre = photo_precert(rng)
    es = photocopy_es(rng)
    notice = bd_notice(rng)
    return [
        Item(f"{f}_bd_eob_family_pt_out_of_network_on", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_work_ticket_short_hours_and_mri", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_faxstd_remit_duplicate_claim_co18", "fax_standard_g4", [remit]),
        Item(f"{f}_faxfine_trustees_shockwave_elbow_upheld", "fax_fine_g4", [appeal]),
        Item(f"{f}_photo_knee_scope_not_necessary_id_in_sentence", "phone_photo", [pre]),
        Item(f"{f}_photocopy_es_observacion_dolor_de_pecho", "photocopy", [es]),
        Item(f"{f}_bd_notice_winter_season_hours_covered", "born_digital", [notice]),
    ]
