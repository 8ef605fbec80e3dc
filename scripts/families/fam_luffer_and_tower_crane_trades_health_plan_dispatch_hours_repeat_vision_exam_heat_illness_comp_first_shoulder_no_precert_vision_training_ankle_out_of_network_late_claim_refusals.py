"""An invented health plan for tower crane operators, riggers and signal persons and their families: the Luffer & Tower
Crane Trades Health Plan (letterhead: a drawn tower crane, the brand broken over two lines "LUFFER &" / "TOWER" in
heavy serif capitals with "CRANE TRADES" / "HEALTH PLAN" set small beside the break, and small lines naming the Board
of Trustees and the claims administrator; its letters call it "the Plan" or "L&T"), sponsored by the Board of Trustees
of the Luffer & Tower Crane Trades Health and Welfare Trust, with claims, precertification and provider payments by the
invented administrator Counterjib Benefit Services, LLC (a drawn crane jib beside the logo word "COUNTERJIB", the legal
name set small right under it; its papers say "Counterjib"). Members are dispatched from the hiring hall of the
invented Tower Crane, Hoist & Rigging Workers Union Local 1163 to signatory contractors. Invented rules: a member is
covered in a month when contractors reported at least 110 dispatched hours for the work month two months before
(April hours buy June coverage), with an hour bank of up to 660 hours; one crane-operator vision and depth-perception
exam each calendar year; illness or injury on a job site (heat exhaustion, a fall from a mast ladder) goes to the
employer's workers' compensation carrier first; surgery, MRI and inpatient stays need precertification by Counterjib;
vision training is investigational for adult depth perception; care is paid only in the Hookline Provider Network
except emergencies; claims are due within 180 days of the service. Plan codes TWR-1 (operators) and RIG-2 (riggers and
signal persons), contractor groups "SC-" + four digits, member numbers "BZ" + eight digits printed in spaced groups
("BZ 8041 1577"), claims "CJ26-" + six digits, precertifications "PRE-" + six digits. Every contractor, provider,
person, number, amount and street is invented; real Chicago-area towns; phones 555; CPT, HCPCS and claim adjustment
reason codes as themselves.

Documents (8 in 7 files):
- bd_eob_second_vision_exam: Counterjib's born-digital two-page family EOB, four claims; the operator's second vision
  and depth-perception exam of the year pays 0.00 under the bare note marks "2, 3" / "2" (numbered notes under the
  table, which breaks over the page with no heading), the claim status letter "D" in a key printed apart; "Plan:",
  "Client", "Referral #" captions inside the claim rows; a spirometry row at 0.00 to the deductible as a decoy.
- faxstd_remit_heat_exhaustion_comp_first: Counterjib's standard-fax remittance to an occupational and urgent care
  clinic, five claims; a rigger's IV fluids for heat exhaustion at a job site pay 0.00 under CO-19 with the bare
  remark "1" (numbered remarks below, reason codes in a separate list); a bundled CO-97 row on a paid claim as decoy.
- faxstd_shoulder_surgery_no_precert: the Plan's standard-fax notice to an orthopaedic surgeon ("Date of notice: Mon
  07/13/2026", captions under values in ruled boxes, "Auth: none" inside the rows): a rotator cuff repair after a fall
  at home had no precertification (the surgery center's separate claim number as decoy).
- scan_es_horas_de_despacho: a clean-scan Spanish notice: a rigger had 74.5 dispatched hours in April (110 needed), so
  no June coverage, and his emergency visit is not paid (dispatch slips, hour bank and a self-payment offer as decoys).
- rotated_cataract_precert_approved: Counterjib's precertification approval of a cataract operation, values over
  their captions, fed turned (denies nothing).
- photo_vision_training_investigational: a photographed Plan letter ("Notice of Wednesday, August 5, 2026") refusing
  six vision-training sessions for depth perception as investigational (an operator's license and certification date
  as decoys).
- photocopy_stack_hand_cover_ankle_network_then_late_claim: a photocopied stack: a hand-lettered cover from
  the member's wife to the union hall ("ATTN", "RE:" run into the subject, no page count, the patient named and the
  insurer not), the Plan's two-page letter refusing ankle surgery at a surgery center outside the network (page 2
  upside down), then Counterjib's notice refusing a hospital claim filed after 180 days (a different sender).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqf import tx_date
from kit_roundes_famse import (ESSheet, addr_block, dd_mon, digits, dr, es_date, es_wday, first_last, grouped,
                               hand_cover, iso, last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash,
                               tin, tollfree, truth, usd, wd_short, wday_long, yy)

FAMILY = ("luffer_and_tower_crane_trades_health_plan_dispatch_hours_repeat_vision_exam_heat_illness_comp_first_"
          "shoulder_no_precert_vision_training_ankle_out_of_network_late_claim_refusals")
LANG = "en"
SEED = 355184
USED: set = set()

PLAN = "Luffer & Tower Crane Trades Health Plan"
TRUST = "Luffer & Tower Crane Trades Health and Welfare Trust"
ADMIN = "Counterjib Benefit Services, LLC"
PLAN_ALT = [PLAN, "Luffer & Tower", "Luffer & Tower Health Plan", "Luffer & Tower Crane Trades", TRUST, ADMIN,
            "Counterjib"]
ADMIN_ALT = [ADMIN, "Counterjib", "Counterjib Benefit Services", PLAN, "Luffer & Tower"]
LOCAL = "Tower Crane, Hoist & Rigging Workers Union Local 1163"
NET = "Hookline Provider Network"
PLAN_ADDR = ["Trust Office, 3300 West Grand Avenue", "Chicago, IL 60651"]
ADMIN_ADDR = ["P.O. Box 80417", "Oak Brook, IL 60523"]
PLAN_FOOT = f"Sponsored by the Board of Trustees, {TRUST}  \u00b7  EIN 36-4418027  \u00b7  Plan No. 501"
ADMIN_FOOT = f"{ADMIN}  \u00b7  P.O. Box 80417, Oak Brook, IL 60523  \u00b7  Illinois TPA license TPA-20517"
TWR, RIG = "TWR-1", "RIG-2"
EMPLOYERS = {"SC-5108": "Mastline Erectors, Inc.", "SC-2273": "Highsteel Lift & Rigging Co.",
             "SC-8861": "Jibstay Crane Rental, LLC", "SC-3390": "Kentledge Concrete Frame Co.",
             "SC-7042": "Outrigger Heavy Lift Services"}


def mid(rng) -> str:
    return "BZ" + digits(rng, 8)


def sp(m: str) -> str:
    return grouped(m, [2, 4, 4])


def claim_no(rng) -> str:
    return "CJ26-" + digits(rng, 6)


def plan_head(p: ESSheet, rng, box: str | None = None):
    p.split_amp_head("LUFFER &", "TOWER", ["CRANE TRADES", "HEALTH PLAN"],
                     PLAN_ADDR + [f"Member line {tollfree(rng, '888')}", f"Fax {phone(rng, '312')}",
                                  "luffertower.example"],
                     small=[f"Board of Trustees, {TRUST}", f"Claims administered by {ADMIN}"], box=box, size=19)


def admin_head(p: ESSheet, rng, box: str | None = None):
    p.logo_legal_head("COUNTERJIB", ADMIN, ADMIN_ADDR + [f"Member services {tollfree(rng, '866')}",
                                                         f"Provider line {tollfree(rng, '877')}",
                                                         f"Fax {phone(rng, '630')}"],
                      tagline="Benefit administration for the building and lifting trades", box=box, size=20)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    op = people(rng, 1, "cr", sexes="M", used=USED)[0]
    last = op.split()[-1]
    wife, kid = people(rng, 2, "cr", sexes="FF", last=last, used=USED)
    od, dpt, np_, md = people(rng, 4, "cs", sexes="FMFM", used=USED)
    m = mid(rng)
    g = "SC-5108"
    sd = dt.date(2026, 6, 22)
    eye = dt.date(2026, 6, 2)
    eye_prac = "Lakeview Eye Associates"
    first_eye = dt.date(2026, 2, 17)
    first_eye_claim = claim_no(rng)
    claims = [
        (wife, "Spouse", "-02", f"{dr(dpt, 'DPT')} \u2013 Belmont Avenue Physical Therapy", "A",
         [(dt.date(2026, 5, 11), "97110", "Therapeutic exercise, 2 units", 184.00, 121.60, 97.28, 24.32, "1"),
          (dt.date(2026, 5, 11), "97140", "Manual therapy, 1 unit", 96.00, 58.40, 46.72, 11.68, "1"),
          (dt.date(2026, 5, 14), "97110", "Therapeutic exercise, 2 units", 184.00, 121.60, 97.28, 24.32, "1")]),
        (op, "Self", "", f"{dr(od, 'OD')} \u2013 {eye_prac}", "D",
         [(eye, "92014", "Eye exam, established patient", 168.00, 0.00, 0.00, 168.00, "2"),
          (eye, "92015", "Refraction", 45.00, 0.00, 0.00, 45.00, "2, 3"),
          (eye, "92060", "Sensorimotor exam (depth perception)", 96.00, 0.00, 0.00, 96.00, "2")]),
        (kid, "Daughter", "-03", f"{dr(np_, 'APRN')} \u2013 Portage Park Urgent Care", "A",
         [(dt.date(2026, 5, 26), "99213", "Urgent care visit", 190.00, 118.00, 68.00, 50.00, "4"),
          (dt.date(2026, 5, 26), "87880", "Rapid strep test", 42.00, 19.60, 19.60, 0.00, "1")]),
        (op, "Self", "", f"{dr(md, 'MD')} \u2013 Irving Park Family Medicine", "A",
         [(dt.date(2026, 6, 4), "99396", "Preventive visit, age 40-64", 310.00, 182.00, 182.00, 0.00, "1"),
          (dt.date(2026, 6, 4), "94010", "Spirometry", 88.00, 41.50, 0.00, 41.50, "5")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 1
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                every=f"COUNTERJIB  \u00b7  EOB  \u00b7  {sp(m)}  \u00b7  issued {slash(sd)}")
    p.set_margins(14, 16, 14)
    p.add_page()
    admin_head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [op.upper(), "5219 West Cornelia Avenue", "Chicago, IL 60641"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    yk = p.kv_box([("Issued", f"Monday, {long(sd)}"), ("Member", op), ("Member ID", sp(m)),
                   ("Plan", f"{PLAN}"), ("Dispatch hall", "Local 1163"),
                   ("Hour bank", "412.5 of 660 hours")], x=p.l_margin + W * 0.44, y=y, w=W * 0.56, cap_w=28, size=8.2)
    p.set_y(max(p.get_y(), yk) + 3)
    p.key_line("Claim status:", [("A", "allowed"), ("D", "denied"), ("P", "pended"), ("X", "adjusted")])
    rows = []
    for i, (pt, rel, suf, prov, st, lines) in enumerate(claims):
        pid = f"{sp(m)}{suf}"
        rows.append(("span", f"{pt} ({rel})   Claim {nos[i]}   Status {st}"))
        rows.append(("note", f"Plan: {TWR}   Client {g}   Referral # \u2014   ID {pid}   {prov}"))
        for d, code, s, b, a, pd, owe, nt in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), nt])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("gap",))
        if i == 1:
            rows.append(("break",))
    p.claim_rows(["Date", "Code", "Service", "Billed", "Plan allows", "Plan paid", "You may owe", "Notes"],
                 [W * k / 100 for k in (12, 8, 35, 9, 10, 9, 10, 7)], ["L", "L", "L", "R", "R", "R", "R", "C"],
                 rows, size=7.6)
    p.numbered_notes("Notes", [
        ("1", "Paid at the Hookline Provider Network rate after your copay or coinsurance."),
        ("2", "The Plan pays for one crane-operator vision and depth-perception exam each calendar year. The exam "
              f"for 2026 was paid on claim {first_eye_claim} (date of service {slash(first_eye)}). This exam is not "
              "covered."),
        ("3", "Refraction is paid only as part of the yearly exam."),
        ("4", "Urgent care copay of $50.00."),
        ("5", "Applied to your calendar-year deductible."),
        ("6", "Illness or injury on a job site: the employer's workers' compensation carrier pays first."),
        ("7", "No precertification on file."),
        ("8", "The provider is not in the Hookline Provider Network."),
    ], size=7.4)
    p.bar("Questions and appeals", 8.8)
    p.para(f"This is not a bill. If you disagree with how a claim was decided, you may appeal in writing within 180 "
           f"days of the date of this statement. Write to the Appeals Committee, {PLAN}, {PLAN_ADDR[0]}, "
           f"{PLAN_ADDR[1]}, and give the claim number. Counterjib processes claims for the Plan; call member "
           "services with questions.", 8.2)
    p.para("Example only: if a network provider charges $200.00 and the Plan allows $120.00, the provider may not "
           "bill you the $80.00 difference.", 7.6)
    tot = sum(x[3] for x in claims[den][5])
    t = truth("eob", "not_covered", insurer=ADMIN, plan_id=TWR, group=g, member_id=m, member_name=op,
              cases=[nos[den]], claim_amount=m2(tot), service_dates=[iso(eye)], denial_date=iso(sd),
              provider=dr(od, "OD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [od, eye_prac]},
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    clinic = "Bridgeport Occupational & Urgent Care"
    pts = people(rng, 5, "cr", sexes="MMMFM", used=USED)
    pas = people(rng, 2, "cs", sexes="FM", used=USED)
    rd = dt.date(2026, 7, 6)
    ids = [mid(rng) for _ in pts]
    grps = ["SC-8861", "SC-2273", "SC-3390", "SC-5108", "SC-7042"]
    plans = [TWR, RIG, RIG, TWR, RIG]
    den = 1
    heat = dt.date(2026, 6, 16)
    svc = {
        0: [(dt.date(2026, 6, 8), "99213", "1", 190.00, 118.00, 118.00, "CO-45", "2")],
        1: [(heat, "99214", "1", 245.00, 0.00, 0.00, "CO-19", "1"),
            (heat, "96360", "1", 310.00, 0.00, 0.00, "CO-19", "1"),
            (heat, "96361", "1", 115.00, 0.00, 0.00, "CO-19", "1"),
            (heat, "J7030", "1", 48.00, 0.00, 0.00, "CO-19", "1")],
        2: [(dt.date(2026, 6, 18), "99203", "1", 265.00, 164.00, 164.00, "CO-45", "2"),
            (dt.date(2026, 6, 18), "20610", "1", 298.00, 142.00, 142.00, "CO-45", "2"),
            (dt.date(2026, 6, 18), "96372", "1", 46.00, 0.00, 0.00, "CO-97", "3")],
        3: [(dt.date(2026, 6, 22), "80305", "1", 64.00, 22.10, 22.10, "CO-45", "2")],
        4: [(dt.date(2026, 6, 24), "99213", "1", 190.00, 118.00, 68.00, "PR-3", "4"),
            (dt.date(2026, 6, 24), "12002", "1", 274.00, 158.00, 158.00, "CO-45", "2")],
    }
    nos = [claim_no(rng) for _ in pts]
    rend = [pas[0], pas[1], pas[0], pas[1], pas[0]]
    tx = (f"{tx_date(plus(rd, 1))} 07:{rng.randint(10, 59)}  COUNTERJIB PROVIDER SVCS  630 555 0{rng.randint(100, 999)}"
          "   P.{n2}/{t2}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT, tx=tx)
    p.set_margins(14, 16, 14)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    y = p.get_y()
    addr_block(p, [clinic, "3150 South Halsted Street", "Chicago, IL 60608"], 9.0)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.after_ids([(slash(rd), "remittance date"), (f"TIN {tin(rng)}", "payee"), (f"NPI {npi(rng)}", "billing"),
                 (f"EFT {digits(rng, 9)}", "trace"),
                 (usd(sum(x[5] for v in svc.values() for x in v)), "total paid")], x=p.l_margin + W * 0.5, w=W * 0.5,
                size=8.4)
    rows = []
    for i in range(5):
        rows.append(("span", f"{nos[i]}    {last_first(pts[i])}    ID {sp(ids[i])}"))
        rows.append(("note", f"Plan: {plans[i]}   Client {grps[i]}   Auth \u2014   Rendering {dr(rend[i], 'PA-C')}"))
        for d, c, u, b, a, pd, cr, rm in svc[i]:
            rows.append([yy(d), c, u, n2(b), n2(a), n2(pd), cr, rm])
        rows.append(("bold", ["", "", "", n2(sum(x[3] for x in svc[i])), n2(sum(x[4] for x in svc[i])),
                              n2(sum(x[5] for x in svc[i])), "", ""]))
        rows.append(("gap",))
    p.claim_rows(["DOS", "Code", "Units", "Billed", "Allowed", "Paid", "Adj.", "Rmk"],
                 [W * k / 100 for k in (14, 12, 8, 14, 14, 14, 14, 10)], ["L", "L", "C", "R", "R", "R", "L", "C"],
                 rows, size=7.6)
    p.add_page()
    p.numbered_notes("Remarks", [
        ("1", "The claim shows the illness began at the member's job site (place of service: contractor's field "
              "trailer). Bill the employer's workers' compensation carrier. If the carrier refuses in writing, send "
              "its letter with a new claim."),
        ("2", "Paid at the Hookline Provider Network fee schedule."),
        ("3", "Included in the payment for another service on the same date."),
        ("4", "Member copay collected by the provider."),
    ], size=7.4)
    p.legend_rows("Adjustment reason codes", [
        ("CO", "19", "Work-related illness or injury: the workers' compensation carrier is liable."),
        ("CO", "45", "Charge above the fee schedule or contracted amount."),
        ("CO", "97", "Payment for this service is included in another service paid on this claim."),
        ("PR", "3", "Copay amount."),
        ("CO", "18", "Duplicate claim or service."),
        ("CO", "50", "Not deemed a medical necessity by the payer."),
    ], size=7.2, head=("Grp", "Code", "Description"))
    p.para("Providers may ask for reconsideration within 90 days of the date of this remittance. Write to "
           f"Counterjib Provider Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, with the claim number and records.", 8.0)
    tot = sum(x[3] for x in svc[den])
    t = truth("eob", "other", insurer=ADMIN, plan_id=plans[den], group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(tot), service_dates=[iso(heat)],
              denial_date=iso(rd), provider=dr(rend[den], "PA-C"), appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [rend[den], clinic]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_shoulder(rng):
    member = people(rng, 1, "cr", sexes="M", used=USED)[0]
    surg, sig = people(rng, 2, "cs", sexes="MF", used=USED)
    practice = "Lakeshore Orthopaedic & Sports Medicine"
    asc = "Near North Surgery Center"
    m = mid(rng)
    g = "SC-8861"
    nd = dt.date(2026, 7, 13)  # Monday
    fall = dt.date(2026, 6, 6)
    surg_d = dt.date(2026, 6, 16)
    clm = claim_no(rng)
    asc_clm = claim_no(rng)
    items = [("29827", "Arthroscopic rotator cuff repair, right   Auth: none", 6840.00),
             ("29826", "Subacromial decompression (add-on)   Auth: none", 1920.00)]
    total = sum(x[2] for x in items)
    tx = (f"07/13/2026  09:{rng.randint(10, 59)}   L&T TRUST OFFICE   312 555 0{rng.randint(100, 999)}  ->  "
          "CLIENT   PAGE {n}/{t}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PLAN_FOOT, tx=tx)
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="CLAIM DECISION")
    addr_block(p, ["Business Office", practice, "680 North Lake Shore Drive, Suite 1400", "Chicago, IL 60611"], 9.2)
    p.f(9.4, "B")
    p.cell(0, 5, f"Date of notice: {wd_short(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.boxes([[(  "member", member, 0.3), ("member ID", sp(m), 0.22), ("claim", clm, 0.2),
              ("group / contractor", f"{g}\n{EMPLOYERS[g]}", 0.28)],
             [("plan", TWR, 0.14), ("surgeon", dr(surg, "MD"), 0.36), ("facility", asc, 0.3),
              ("date of surgery", slash(surg_d), 0.2)]], size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(surg_d), c, s, n2(a), "0.00"] for c, s, a in items] +
                 [["", "", "Total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (14, 10, 52, 12, 12)], ["L", "L", "L", "R", "R"], size=8.4,
                 bold_rows=(len(items),))
    p.bar("Decision", 9.0)
    p.para(f"{first_last(member)} fell from a ladder at home on {long(fall)} and hurt his right shoulder. You "
           f"repaired the rotator cuff at {asc} on {long(surg_d)}. The Plan requires precertification by Counterjib "
           "before any surgery that is not an emergency. Counterjib has no request on file for this surgery, and "
           "the records show it was scheduled ten days ahead. The claim is not paid.", 9.0)
    p.para(f"The surgery center's own claim ({asc_clm}) is decided separately. Under your Hookline network "
           "agreement you may not bill the member for services refused because precertification was not asked "
           "for.", 9.0)
    p.bar("Appeal", 9.0)
    p.para("You or the member may appeal within 180 days of the date of this notice. Send the operative report, the "
           f"office notes and any proof that precertification was asked for to the Appeals Committee, {PLAN_ADDR[0]}, "
           f"{PLAN_ADDR[1]}. A request for a retrospective review is handled as an appeal.", 9.0)
    sign(p, [sig, "Claims Review", PLAN, f"cc: {member}"])
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=TWR, group=g, member_id=m,
              member_name=member, cases=[clm], claim_amount=m2(total), service_dates=[iso(surg_d)],
              denial_date=iso(nd), provider=dr(surg, "MD"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [surg, practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_es(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    sig = people(rng, 1, "cs", sexes="M", used=USED)[0]
    hosp = "St. Casimir Hospital"
    m = mid(rng)
    g = "SC-3390"
    nd = dt.date(2026, 7, 21)  # martes
    visit = dt.date(2026, 6, 9)
    clm = claim_no(rng)
    slips = [(f"D-26-0{rng.randint(400, 449)}", EMPLOYERS["SC-3390"], "04/06/2026 - 04/10/2026", "38.0"),
             (f"D-26-0{rng.randint(450, 489)}", EMPLOYERS["SC-2273"], "04/20/2026 - 04/22/2026", "24.0"),
             (f"D-26-0{rng.randint(490, 520)}", EMPLOYERS["SC-3390"], "04/28/2026", "12.5")]
    items = [("99284", "Visita a emergencias, complejidad moderada", 1124.00), ("73610", "Radiografía de tobillo",
                                                                              362.00)]
    total = sum(x[2] for x in items)
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=PLAN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="AVISO DE ELEGIBILIDAD")
    addr_block(p, [member, "2417 South Avers Avenue", "Chicago, IL 60623"], 9.4)
    p.f(9.4, "B")
    p.cell(0, 5, f"Fecha del aviso: {es_wday(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.boxes([[("Miembro", member, 0.3), ("Número de miembro", sp(m), 0.24), ("Plan", RIG, 0.14),
              ("Reclamación", clm, 0.32)],
             [("Último contratista", f"{g}  {EMPLOYERS[g]}", 0.56), ("Sala de despacho", "Local 1163", 0.44)]],
            size=8.6)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.4)
    p.para(f"Recibimos la reclamación de {hosp} por su visita a la sala de emergencias del {es_date(visit)}. El Plan "
           "no puede pagarla porque usted no tenía cobertura en junio de 2026.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[slash(visit), c, s, n2(a)] for c, s, a in items] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Sus horas de despacho de abril de 2026", 9.0)
    p.ruled_rows(["Boleta de despacho", "Contratista", "Días", "Horas"],
                 [list(s) for s in slips] + [["", "", "Total de abril", "74.5"]],
                 [W * k / 100 for k in (22, 36, 28, 14)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(slips),))
    p.para("Para tener cobertura en un mes, los contratistas deben reportar al menos 110 horas de despacho en el mes "
           "de trabajo dos meses antes (las horas de abril dan la cobertura de junio). En abril se reportaron 74.5 "
           "horas. Su banco de horas estaba en 0 porque se usó para cubrir mayo.", 9.0)
    p.bar("Lo que puede hacer", 9.0)
    p.bullets([
        "Pago propio: puede comprar la cobertura de junio pagando $742.00 al Fondo dentro de 30 días después de "
        "recibir este aviso. Si paga a tiempo, procesaremos la reclamación otra vez.",
        "Horas que faltan: si trabajó horas que no aparecen en la tabla, envíenos sus boletas o talones de pago.",
        f"Apelación: si cree que la decisión es un error, puede apelar por escrito dentro de 180 días a partir de la "
        f"fecha de este aviso al Comité de Apelaciones, {PLAN_ADDR[0]}, {PLAN_ADDR[1]}.",
    ], size=9)
    sign(p, [sig, "Departamento de Elegibilidad", PLAN], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=RIG, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(nd),
              provider=hosp, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member = people(rng, 1, "cr", sexes="M", used=USED)[0]
    surg, nurse = people(rng, 2, "cs", sexes="FF", used=USED)
    prac = "Prairie Avenue Eye Surgeons"
    m = mid(rng)
    g = "SC-7042"
    ld = dt.date(2026, 8, 20)
    planned = dt.date(2026, 9, 10)
    pc = f"PRE-{digits(rng, 6)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION APPROVED")
    addr_block(p, [member, "10944 South Avenue L", "Chicago, IL 60617"], 9.4)
    p.boxes([[("notice date", dd_mon(ld), 0.2), ("precertification", pc, 0.22), ("member ID", sp(m), 0.22),
              ("group / plan", f"{g} / {TWR}", 0.2), ("hall", "Local 1163", 0.16)]], size=8.8, under=True)
    p.boxes([[("approved service", "Cataract removal with lens implant, left eye (66984)", 0.56),
              ("scheduled", slash(planned), 0.18), ("setting", "outpatient surgery", 0.26)]], size=8.8, under=True)
    p.side_prov([("Surgeon", [dr(surg, "MD"), prac, "NPI " + npi(rng)]),
                 ("Facility", ["Pullman Ambulatory Surgery Center", "in the Hookline network"])], size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"Counterjib approved, for the {PLAN}, the cataract operation on your left eye that {dr(surg, 'MD')} asked "
           "for. The approval covers the surgeon, the anesthesia and the surgery center on the scheduled date or "
           "within 60 days after it, and one follow-up lens exam.", 9.4)
    p.para("Your surgeon wrote that the cataract keeps you from meeting the crane operator vision standard (20/30 in "
           "each eye with glasses). After the operation, ask your eye doctor for a new vision report for your "
           "employer. Your yearly crane-operator vision exam is a separate benefit.", 9.2)
    p.para("An approval is not a promise of payment if your coverage ends before the operation (dispatch hours are "
           "counted as usual). Your coinsurance applies. This notice refuses nothing.", 9.2)
    sign(p, [dr(nurse, "RN"), "Precertification Nurse", ADMIN])
    t = truth("other", None, insurer=ADMIN, plan_id=TWR, group=g, member_id=m, member_name=member, cases=[pc],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=dr(surg, "MD"),
              appeal_deadline=None,
              alternates={"insurer": ADMIN_ALT, "service_dates": [[]], "provider": [surg, prac]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_vision(rng):
    member = people(rng, 1, "cr", sexes="M", used=USED)[0]
    od, sig = people(rng, 2, "cs", sexes="MF", used=USED)
    center = "Depth & Focus Vision Training Center"
    m = mid(rng)
    g = "SC-5108"
    nd = dt.date(2026, 8, 5)  # Wednesday
    dates = [dt.date(2026, 7, 6), dt.date(2026, 7, 9), dt.date(2026, 7, 13), dt.date(2026, 7, 16),
             dt.date(2026, 7, 20), dt.date(2026, 7, 23)]
    each = 140.00
    clm = claim_no(rng)
    lic = f"CO-{digits(rng, 5)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PLAN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "8812 West Summerdale Avenue", "Chicago, IL 60656"], 9.4)
    p.f(9.8, "B")
    p.cell(0, 5, f"Notice of {wday_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_line([[("Member ID", sp(m), "none"), ("Group", g, "none"), ("Plan", TWR, "none")],
                [("Claim", clm, "dash")],
                [("Provider", f"{dr(od, 'OD, FCOVD')}, {center}", "dash")]], size=9.0)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"We received a claim from {center} for six sessions of vision training to improve your depth "
           "perception:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charged"],
                 [[slash(x), "92065", "Orthoptic / vision training, with supervision", n2(each)] for x in dates] +
                 [["", "", "Total", usd(each * len(dates))]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(dates),))
    p.bar("What the Plan decided", 9.0)
    p.para("The Plan does not pay for these sessions. Vision training to improve depth perception in adults whose "
           "eyes are aligned normally is investigational: the published studies are small and do not show that the "
           "gains last or that they help on the job. Investigational services are excluded under section 7.3(k) of "
           "the Plan Document.", 9.0)
    p.para(f"Your provider noted that you hold City crane operator license {lic} and that your next vision report "
           "is due in October 2026. The yearly crane-operator vision and depth-perception exam remains covered; "
           "this decision does not affect it.", 8.8)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal in writing within 180 days of the date of this notice to the Appeals Committee, {PLAN}, "
           f"{PLAN_ADDR[0]}, {PLAN_ADDR[1]}. Send any studies or letters you want the Trustees to read.", 9.0)
    sign(p, [sig, "Claims Review", PLAN])
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=TWR, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(each * len(dates)), service_dates=[iso(x) for x in dates],
              denial_date=iso(nd), provider=dr(od, "OD"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [od, center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    op = people(rng, 1, "cr", sexes="M", used=USED)[0]
    first, _, last = op.split()
    wife = people(rng, 1, "cr", sexes="F", last=last, used=USED)[0]
    dpm, sig, innet, sig2 = people(rng, 4, "cs", sexes="MFFM", used=USED)
    inst = "Calumet Foot & Ankle Institute"
    m = mid(rng)
    g = "SC-2273"
    req = f"PRE-{digits(rng, 6)}"
    nd = dt.date(2026, 8, 17)  # Monday
    planned = dt.date(2026, 9, 2)
    # (i) the Plan's out-of-network letter (two pages, ends signed)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PLAN_FOOT,
                run_hdr=f"L&T  \u00b7  request {req}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="NOTICE OF DECISION")
    addr_block(p, [op, "4106 North Narragansett Avenue", "Chicago, IL 60634"], 9.4)
    p.boxes([[("Date of notice", long(nd), 0.26), ("Member ID", sp(m), 0.24), ("Request", req, 0.22),
              ("Group / plan", f"{g} / {RIG}", 0.28)]], size=8.8, shade_cap=True)
    p.para(f"Dear Mr. {last}:", 9.4)
    p.para(f"{dr(dpm, 'DPM')} of {inst} in Merrillville, Indiana, asked the Plan to approve a lateral ankle "
           f"ligament reconstruction on your left ankle (27698), planned for {long(planned)} at the Institute's "
           "surgery center. The Plan has decided not to approve it.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"The Plan pays for care only from providers in the {NET}, except in an emergency, or when no network "
           f"provider can give the care and the Plan agreed in advance. {inst} and its surgery center are not in "
           "the network. The surgery is planned, not an emergency, and network foot and ankle surgeons in Chicago "
           "perform it.", 9.0)
    p.para(f"For example, {dr(innet, 'DPM')} at Northwest Side Foot & Ankle sees Hookline members. If you choose a "
           "network surgeon, your surgeon's office can send a new request and we will decide it quickly.", 9.0)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date of this notice. Write to the Appeals Committee at the Trust "
           "Office and tell us why a network provider could not do this surgery. If waiting would seriously harm "
           "your health, ask for an expedited appeal; we decide those within 72 hours.", 9.0)
    p.para("If you go ahead with the surgery at the Institute, the Plan will not pay and the Institute may bill you "
           "its full charge.", 9.0)
    p.ln(2)
    sign(p, [sig, "Utilization Review", PLAN])
    oon = out(p)
    oon_t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=RIG, group=g, member_id=m, member_name=op,
                  cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd),
                  provider=dr(dpm, "DPM"), appeal_deadline=iso(plus(nd, 180)),
                  alternates={"insurer": PLAN_ALT, "provider": [dpm, inst], "service_dates": [[]]})
    # (ii) Counterjib's notice: a hospital claim filed after 180 days
    hosp = "St. Casimir Hospital"
    dos = dt.date(2026, 1, 10)
    rcv = dt.date(2026, 7, 24)
    ld = dt.date(2026, 8, 10)
    clm = claim_no(rng)
    items = [("0450", "Emergency room", 1684.00), ("0320", "X-ray, left wrist", 412.00),
             ("0636", "Drugs requiring detail coding", 222.00)]
    total = sum(x[2] for x in items)
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    q.set_margins(18, 16, 18)
    q.add_page()
    admin_head(q, rng, box="CLAIM NOTICE")
    addr_block(q, [op, "4106 North Narragansett Avenue", "Chicago, IL 60634"], 9.4)
    q.after_ids([(wd_short(ld), "notice date"), (sp(m), "member ID"), (clm, "claim"), (f"{g}  {RIG}", "group, plan"),
                 (slash(rcv), "date we received the claim")], w=110, size=8.8, frame=True)
    q.para(f"Dear {first_last(op)}:", 9.4)
    q.para(f"{hosp} sent us its claim for your emergency room visit on {long(dos)}, when you slipped on ice from a "
           "truck step at home and hurt your wrist. The claim is not paid.", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date of service", "Rev. code", "Service", "Charged"],
                 [[slash(dos), c, s, n2(a)] for c, s, a in items] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (18, 12, 52, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(items),))
    q.para(f"The Plan pays claims that reach us within 180 days of the date of service. This claim reached us on "
           f"{long(rcv)}, 195 days after the visit. {hosp} is in the Hookline network and agreed to these time "
           "limits, so it may not bill you for this visit. The emergency physician's claim was filed on time and was "
           "paid.", 9.0)
    q.para("If you disagree, you may appeal within 180 days of the date of this notice. If the hospital sends you a "
           f"bill, call us at the member services number above.", 9.0)
    sign(q, [sig2, "Claims Department", ADMIN, f"for the {PLAN}"])
    late = out(q)
    late_t = truth("denial_letter", "timely_filing", insurer=ADMIN, plan_id=RIG, group=g, member_id=m, member_name=op,
                   cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
                   appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": ADMIN_ALT})
    cover = hand_cover(rng, [
        ("ATTN", "Benefits Rep - Local 1163 hall"),
        ("", f"from {first_last(wife)}"),
        ("", "cell 773 555 0188"),
        ("", f"RE:{first}'s ankle surgery + St Casimir bill"),
    ], ["Can you call me about these 2 letters?", f"{first} is on a job in Gary all week.",
        "The ankle Dr. is the one his buddy used.", "thx"], f"- {wife.split()[0]}",
        pad_head="Lindbergh Auto Body - While You Were Out")
    return cover, [(oon, oon_t), (late, late_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    items = [
        Item(f"{f}_bd_eob_second_vision_exam", "born_digital", [bd_eob(rng)]),
        Item(f"{f}_faxstd_remit_heat_exhaustion_comp_first", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_faxstd_shoulder_surgery_no_precert", "fax_standard_g4", [faxstd_shoulder(rng)]),
    ]
    items.append(Item(f"{f}_scan_es_horas_de_despacho", "scan_clean_300", [scan_es(rng)]))
    items.append(Item(f"{f}_rotated_cataract_precert_approved", "rotated", [rotated_approval(rng)]))
    items.append(Item(f"{f}_photo_vision_training_investigational", "phone_photo", [photo_vision(rng)]))
    cover, docs = photocopy_stack(rng)
    items.append(Item(f"{f}_photocopy_stack_hand_cover_ankle_network_then_late_claim", "photocopy", docs,
                      separators=[cover, None], turns={(0, 1): 180}))
    return items
