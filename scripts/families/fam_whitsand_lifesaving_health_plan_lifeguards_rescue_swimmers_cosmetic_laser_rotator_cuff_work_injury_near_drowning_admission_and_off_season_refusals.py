"""An invented health plan for lifeguards, open-water rescue swimmers and beach patrols: the Whitsand Lifesaving
Health Plan, a multiemployer plan whose contributing employers are county beach patrols, town ocean rescue squads
and surf lifesaving clubs. Full-time patrol staff are covered all year; seasonal guards are covered for a season
that begins on the first of the month after they pass the pre-season swim test and finish 40 hours of training,
and ends on the last day of the month after the season closes. The plan pays network providers (an exclusive
provider plan: no pay outside the network except emergencies), excludes cosmetic care, reviews planned surgery and
hospital stays, and sends work injuries to the employer's workers' compensation insurer first. Claims and reviews
are handled by an invented administrator, Ardrossan Benefit Administrators, Inc., whose papers set its own name
large (a wave tile with "AB" beside "ARDROSSAN BENEFIT / ADMINISTRATORS") and the plan in small type under it; the
plan's own papers carry a drawn life ring with "WL" beside "WHITSAND LIFESAVING / HEALTH PLAN". Every person,
provider, employer, number, rule and time limit is invented (phones 555); CPT codes appear as themselves.

Family IDs are "WLS" + seven digits with two-digit person codes (01 the member, 02 a spouse, 03 and up children)
printed in their own column; claim numbers "W26" + nine digits; review numbers "UR-26-" + five digits; group
numbers are the employer's (CCBP-0412 Carbis County Beach Patrol, PTOR-7730 Pentire Town Ocean Rescue, GSLC-2218
Gunwalloe Surf Lifesaving Club); plan codes WLHP-Y1 (year-round) and WLHP-S2 (seasonal).

Documents (8 in 7 files):
- born_digital: a family explanation of benefits under the subscriber's name; the daughter's laser treatment of
  sun spots (code X4, cosmetic) is the only refused line, on page 2 after the table runs on without its heads; the
  daughter is named only in the small patient column.
- fax_standard_g4: the administrator's letter in plain words that it can't approve a rotator cuff repair yet.
- fax_standard_g4 stack: the guard's fax cover to her patrol's personnel office, the administrator's letter that a
  shoulder dislocated in a rescue goes to workers' compensation first (page 2 sideways), and the plan's season
  coverage notice (denies nothing).
- fax_fine_g4: the administrator's decision that a near-drowning hospital stay should have been observation care.
- scan_clean_300: the plan's letter in plain words, two columns, that a skin cancer removal came before the guard's
  season coverage began.
- phone_photo: a Spanish letter that a platelet-rich plasma injection is investigational.
- photocopy: the administrator's letter that Mohs surgery at a center outside the network is not paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famna import (NASheet, apos, day_long, digits, dmy0, dmy_abbr, es_date, iso, long, mdy_th, n2, plus,
                               slash, upper, usd, wday_long, ymd_dots, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("whitsand_lifesaving_health_plan_lifeguards_rescue_swimmers_cosmetic_laser_rotator_cuff_work_injury_"
          "near_drowning_admission_and_off_season_refusals")
LANG = "en"
SEED = 355130
PLAN = "Whitsand Lifesaving Health Plan"
PLAN_ALT = [PLAN, "Whitsand Lifesaving", "Whitsand Lifesaving Health"]
TPA = "Ardrossan Benefit Administrators"
TPA_ALT = [TPA, "Ardrossan Benefit Administrators, Inc.", "Ardrossan", PLAN]
PLAN_BOX = "P.O. Box 3307, Carrack Roads, CA 93457-3307"
TPA_BOX = "P.O. Box 5120, Carrack Roads, CA 93457-5120"
PLAN_RIGHT = ["Member Services 1-877-555-0134", "TTY 711  \u00b7  Fax 1-877-555-0139", PLAN_BOX]
TPA_RIGHT = ["Claims and reviews 1-888-555-0156", "TTY 711  \u00b7  Fax 1-888-555-0158", TPA_BOX]


def fam_id(rng) -> str:
    return "WLS" + digits(rng, 7)


def claim_no(rng) -> str:
    return "W26" + digits(rng, 9)


def review_no(rng) -> str:
    return "UR-26-" + digits(rng, 5)


def plan_head(p: NASheet, right=None):
    p.emblem_head("WHITSAND LIFESAVING", "HEALTH PLAN",
                  ["For lifeguards, open-water rescue swimmers and beach patrols"], right or PLAN_RIGHT, logo="ring",
                  initials="WL", size=15, d=18)


def tpa_head(p: NASheet, right=None, es: bool = False):
    under = ["Administrador de reclamos del Whitsand Lifesaving Health Plan"] if es else \
        ["Claims administrator for the Whitsand Lifesaving Health Plan"]
    p.emblem_head("ARDROSSAN BENEFIT", "ADMINISTRATORS", under, right or TPA_RIGHT, logo="wave", initials="AB",
                  size=15, d=16)


# ------------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    sub = "Dashiell K. Porthkerris"
    spouse = "Morwenna A. Porthkerris"
    dau = "Junia E. Porthkerris"
    fid = fam_id(rng)
    grp = "CCBP-0412"
    sd = dt.date(2026, 3, 13)
    PT = "Polventon Physical Therapy"
    SKIN = "Carrack Roads Skin Clinic"
    DERM = "Trevaunance Dermatology Group"
    DERMD = "Dr. Lowenna Pascoe-Hart"
    UC = "Gunwalloe Urgent Care"
    dl = dt.date(2026, 2, 18)
    # (patient, person code, provider, [(date, code, service, billed, allowed, paid, you owe, code)])
    claims = [
        (sub, "01", PT, [(dt.date(2026, 1, 20), "97110", "Therapeutic exercise, shoulder", 130.00, 92.00, 72.00,
                          20.00, "P1"),
                         (dt.date(2026, 1, 27), "97110", "Therapeutic exercise, shoulder", 130.00, 92.00, 72.00,
                          20.00, "P1"),
                         (dt.date(2026, 2, 3), "97140", "Manual therapy", 74.00, 51.80, 51.80, 0.00, "P1"),
                         (dt.date(2026, 2, 10), "97110", "Therapeutic exercise, shoulder", 130.00, 92.00, 72.00,
                          20.00, "P1"),
                         (dt.date(2026, 2, 17), "97110", "Therapeutic exercise, shoulder", 130.00, 92.00, 72.00,
                          20.00, "P1")]),
        (spouse, "02", SKIN, [(dt.date(2026, 2, 5), "99203", "Skin cancer screening visit, full body", 196.00,
                               118.40, 118.40, 0.00, "P2"),
                              (dt.date(2026, 2, 5), "96904", "Whole body photography, moles", 142.00, 88.10, 88.10,
                               0.00, "P2")]),
        (dau, "03", DERM, [(dl, "99213", "Office visit, established patient", 148.00, 96.20, 76.20, 20.00, "P1"),
                           (dl, "17999", "Laser, pigmented sun spots, face", 420.00, 0.00, 0.00, 420.00,
                            "X4")]),
        (sub, "01", UC, [(dt.date(2026, 2, 23), "99203", "Urgent care visit, swimmer's ear", 210.00, 131.50,
                          96.50, 35.00, "C3"),
                         (dt.date(2026, 2, 23), "69210", "Removal of impacted ear wax", 88.00, 54.30, 54.30, 0.00,
                          "C3")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = nos[2]
    den_amt = round(sum(x[3] for x in claims[2][3]), 2)
    allL = [ln for c in claims for ln in c[3]]
    tb, ta, tp, to = (round(sum(x[i] for x in allL), 2) for i in (3, 4, 5, 6))

    p = NASheet(footer="Page {n} of {nb}", foot_ids=f"Family ID {fid}  \u00b7  Statement of {ymd_slash(sd)}",
                run_hdr=f"{sub}  \u00b7  family statement  \u00b7  continued")
    p.set_margins(13, 12, 13)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.5, "B")
    p.cell(W * 0.6, 7, "FAMILY EXPLANATION OF BENEFITS")
    p.f(8.6, "B")
    p.cell(W * 0.4, 7, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [sub.upper().replace(".", ""), "16 LOOKOUT TOWER ROAD", "CARRACK ROADS CA 93458"]:
        p.line(ln, 9.6)
    yl = p.get_y()
    p.set_y(y0)
    p.form_grid([[(sub, "subscriber", 0.55), (fid, "family ID", 0.45)],
                 [("Carbis County Beach Patrol", "employer", 0.55), (grp, "group", 0.45)],
                 [("Year-round patrol staff PPO", "plan", 0.55), ("WLHP-Y1", "plan code", 0.45)],
                 [(long(sd), "statement date", 0.55), ("FS-" + digits(rng, 8), "statement no.", 0.45)]],
                x=p.l_margin + W * 0.46, w=W * 0.54, size=8.4, h=9.6)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 1)
    p.para("This statement shows claims we processed for everyone on your family coverage. Each line shows who got "
           "the care in the Patient column. The letters in the Code column are explained on the last page.", 8.6)
    p.results(["Person", "Code", "Deductible met", "Out-of-pocket used", "Skin screening this year"], [
        ["Subscriber", "01", "$250.00 of $250.00", "$415.00 of $2,500.00", "not yet used"],
        ["Spouse", "02", "$180.00 of $250.00", "$180.00 of $2,500.00", "used 02/05"],
        ["Dependent child", "03", "$0.00 of $250.00", "$20.00 of $2,500.00", "not yet used"]],
        [W * 0.30, W * 0.08, W * 0.20, W * 0.22, W * 0.20], size=7.8, title="Where your family stands in 2026")
    hd = ["Date", "Patient", "Code", "Service", "Billed", "Plan allowed", "Plan paid", "You owe", "Code"]
    wd = [17, 30, 12, 52, 16, 17, 16, 15, 10]
    sc = W / sum(wd)
    wd = [w * sc for w in wd]
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "C"]

    def block(i):
        who, pc, prov, lines = claims[i]
        rows = [[f"Claim {nos[i]}  \u00b7  {prov}", "", "", "", "", "", "", "", ""]]
        rows += [[slash(d), f"{who} ({pc})", c, s, n2(b), n2(a), n2(pd), n2(o), k]
                 for d, c, s, b, a, pd, o, k in lines]
        return rows

    def claim_total(i):
        lines = claims[i][3]
        t = [round(sum(x[j] for x in lines), 2) for j in (3, 4, 5, 6)]
        return ["", "", "", "Claim total", n2(t[0]), n2(t[1]), n2(t[2]), n2(t[3]), ""]

    rows, bold, rules = [], set(), set()
    for i in (0, 1):
        bold.add(len(rows))
        rows += block(i)
        bold.add(len(rows))
        rules.add(len(rows))
        rows.append(claim_total(i))
    b3 = block(2)
    bold.add(len(rows))
    rows += b3[:2]                                  # the claim's heading and its first line end page 1
    p.small_col_table(hd, rows, wd, al, small={1}, size=7.8, small_size=5.6, row_h=5.0, bold=bold, rules=rules)
    p.ln(1)
    p.tiles([("Billed, all claims", usd(tb)), ("Plan paid", usd(tp)), ("Your family owes", usd(to))], size=12,
            h=13, note="Totals cover every claim on this statement, pages 1 and 2.")
    p.add_page()
    p.ln(1)
    rows, bold, rules = [], set(), set()
    rows += b3[2:]
    bold.add(len(rows))
    rules.add(len(rows))
    rows.append(claim_total(2))
    bold.add(len(rows))
    rows += block(3)
    bold.add(len(rows))
    rules.add(len(rows))
    rows.append(claim_total(3))
    p.small_col_table(hd, rows, wd, al, small={1}, size=7.8, small_size=5.6, row_h=5.0, bold=bold, rules=rules,
                      heads=False)
    p.ln(2)
    p.legend_cols("What the codes mean", [
        ("P1", "Paid at the network rate. You owe only the copay shown."),
        ("P2", "Skin cancer screening: paid in full once a year for each member. No copay."),
        ("C3", "Urgent care: $35.00 copay for the visit; other services at the visit have no copay."),
        ("X4", "Cosmetic. The plan does not pay for treatment done to change how the skin looks, such as removing "
               "sun spots or freckles. You may owe the full charge."),
        ("X7", "The date of service is outside your season of coverage."),
        ("N2", "The provider is not in the network. The plan pays only for emergencies outside the network."),
        ("W5", "This looks like a work injury. Send it to your employer's workers' compensation insurer."),
        ("R8", "We need records from the provider before we can pay this line.")], cols=2, size=7.2,
        note="Some codes are listed so you can read other statements; they do not appear above.")
    p.f(9.6, "B")
    p.cell(0, 5, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    p.para("If you disagree with how we handled a claim, you or someone you choose may appeal within 180 days of the "
           f"date of this statement. Write to the Whitsand Lifesaving Health Plan, Appeals, {PLAN_BOX}, or call "
           "Member Services. If you need a fast decision because waiting could harm your health, say so; fast "
           "appeals are decided within 72 hours.", 8.4)
    p.para("Skin checks save lives on the beach: each member may have one full-body skin cancer screening a year at "
           "no cost. Example: a $196.00 screening visit is paid in full.", 7.8)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="WLHP-Y1", group=grp, member_id=fid, member_name=dau,
              cases=[den], claim_amount=m2(den_amt), service_dates=[iso(dl)], denial_date=iso(sd), provider=DERM,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [DERMD, "Lowenna Pascoe-Hart"],
                          "claim_amount": ["420.00"], "plan_id": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_cuff(rng):
    mem = "Ruairi B. Cadgwith"
    fid = fam_id(rng)
    grp = "PTOR-7730"
    DR = "Dr. Elowen Treloyhan"
    ORTHO = "Pentire Orthopaedic Surgeons"
    ASC = "Carnkie Surgery Center"
    inj = dt.date(2026, 3, 14)
    mri = dt.date(2026, 3, 30)
    pt0 = dt.date(2026, 4, 2)
    rcv = dt.date(2026, 4, 21)
    nd = dt.date(2026, 4, 28)
    planned = dt.date(2026, 5, 12)
    ur = review_no(rng)
    p = NASheet(footer="Page {n} of {nb}", footer_left=f"ABA-PSR-4  \u00b7  {ur}")
    p.set_margins(17, 13, 17)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.line(long(nd), 10.5)
    p.ln(2)
    for ln in [mem, "4 Breakwater Steps", "Pentire, CA 93461"]:
        p.line(ln, 10.5)
    p.ln(3)
    p.f(13, "B")
    p.cell(0, 7, "About the shoulder surgery your doctor asked for", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.form_grid([[(mem, "member", 0.36), (f"{fid}  01", "family ID  /  person", 0.34), (ur, "review no.", 0.30)],
                 [(f"{DR}\n{ORTHO}", "asked by", 0.36), ("Rotator cuff repair, right shoulder\n(arthroscopic, 29827)",
                                                          "what was asked for", 0.40),
                  (slash(planned), "planned date", 0.24)],
                 [(ASC, "where", 0.36), (grp, "group", 0.34), (dmy0(rcv), "request received", 0.30)]],
                size=9.2, h=11)
    p.para(f"Dear {mem}:", 10.5)
    p.para(f"{DR} asked us to approve surgery to repair the rotator cuff in your right shoulder, planned for "
           f"{long(planned)} at {ASC}. **We can't approve this surgery right now.**", 10)
    p.para("Here is why. For a rotator cuff tear that is not complete, the plan's surgery rules ask for six weeks of "
           f"physical therapy first, unless the tear goes all the way through the tendon. Your MRI of {apos(mri)} "
           f"shows a tear that goes part of the way through. Your therapy started on {mdy_th(pt0)}, so you have had "
           "about three and a half weeks. That isn't enough yet for the plan to pay for surgery.", 10)
    p.para("What happens next: keep going to therapy. If your shoulder is not better after six weeks, your doctor "
           "can send us the therapy notes and ask again. We can also look again sooner if the doctor sends new "
           "findings, such as a test that shows the tear has become complete. Your doctor may call our reviewer, "
           "Dr. Senara Hosken, at 1-888-555-0157 to talk about this.", 10)
    p.para("If you disagree, you or someone you choose may appeal within 180 days of the date of this letter. Write to "
           f"{TPA}, Appeals, {TPA_BOX}, or fax 1-888-555-0158. If waiting could seriously harm your health, ask for "
           "a fast appeal; we answer fast appeals within 72 hours.", 10)
    p.para(f"About your injury: our records show you hurt the shoulder on {dmy_abbr(inj)} during an off-duty swim. "
           "If it happened at work, tell us; your employer's workers' compensation insurer may need to pay first.",
           9.2)
    p.signoff(["Sincerely,", "Pre-Service Review", TPA + ", Inc.",
               "for the Whitsand Lifesaving Health Plan"], 10)
    p.para(f"cc: {DR}, {ORTHO}; {ASC}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=TPA, group=grp, member_id=fid, member_name=mem,
              cases=[ur], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd), provider=DR,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": TPA_ALT, "provider": [ORTHO, "Elowen Treloyhan", ASC], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Niamh T. Crantock"
    fid = fam_id(rng)
    grp = "CCBP-0412"
    HOSP = "Porthtowan Community Hospital"
    ERD = "Dr. Casimir Pendower"
    WC = "Godrevy Mutual Insurance Company"
    inj = dt.date(2026, 6, 7)
    rcv = dt.date(2026, 6, 15)
    nd = dt.date(2026, 6, 26)
    cov_nd = dt.date(2026, 5, 8)
    cov0, cov1 = dt.date(2026, 5, 15), dt.date(2026, 10, 31)
    sent = dt.date(2026, 6, 30)
    cl = claim_no(rng)
    wc_no = "GMW-" + digits(rng, 6)
    lines = [("99284", "Emergency department visit", 1240.00), ("73030", "X-ray, shoulder, 2 views", 286.75),
             ("23650", "Closed reduction, shoulder dislocation", 792.00)]
    amt = round(sum(x[2] for x in lines), 2)

    # the guard's fax cover (belongs to no document)
    c = NASheet(footer=None)
    c.set_margins(20, 18, 20)
    c.add_page()
    W = c.w - c.l_margin - c.r_margin
    c.f(9)
    c.cell(0, 4.5, "CARBIS COUNTY BEACH PATROL  \u00b7  TOWER 6  \u00b7  NORTH STRAND", new_x="LMARGIN", new_y="NEXT")
    c.ln(3)
    c.f(26, "B")
    c.cell(0, 12, "FAX", new_x="LMARGIN", new_y="NEXT")
    c.ln(3)
    c.grid([[("To", "Personnel Office, CCBP"), ("Fax", "(805) 555-0121")],
            [("From", f"{mem}, Lifeguard II"), ("Phone", "(805) 555-0145")],
            [("Date", ymd_slash(sent)), ("Pages", "5 (with this one)")]], size=10.5, h=12)
    c.para("Hello - attached is the letter from the health plan's claims office about my shoulder, and my season "
           "coverage notice. The plan says the emergency room bill has to go to the county's workers' comp first. "
           f"The rescue was on {mdy_th(inj)} at Tower 6. Can you please open a report and send me the form? Thanks.",
           10.5)
    c.para("- Niamh", 10.5)
    cover = bytes(c.output())

    # the administrator's letter (page 2 fed sideways)
    p = NASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  Claim {cl}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 13, 17)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [day_long(nd), "", mem, "208 Surfside Terrace Apt 3", "Carrack Roads, CA 93458"]:
        p.line(ln, 10.5)
    yl = p.get_y()
    yb = p.band_box("THIS CLAIM", [("Member", mem), ("Family ID / person", f"{fid} / 01"), ("Group", grp),
                                   ("Claim number", cl), ("Hospital", HOSP), ("Date of care", slash(inj)),
                                   ("Total billed", f"${amt:,.2f}")],
                    p.l_margin + W * 0.56, y0, W * 0.44, size=9.0)
    p.set_xy(p.l_margin, max(yl, yb) + 4)
    p.para(f"Dear {mem}:", 10.5)
    p.para(f"{HOSP} sent us a claim for your emergency care on {long(inj)}, when your left shoulder was dislocated. "
           "The hospital's records say it happened while you were pulling a swimmer out of a rip current on duty at "
           "Tower 6.", 10)
    p.para("**The health plan can't pay this claim for now.** Care for an injury that happens at work is paid by "
           "your employer's workers' compensation insurance first. For Carbis County Beach Patrol, that insurer is "
           f"{WC}. The health plan pays work injuries only if workers' compensation says in writing that it will "
           "not pay.", 10)
    p.para("The services on the claim and what to do next are on page 2.", 10)
    p.add_page()
    p.ln(2)
    p.wrap_table(["Date", "Code", "Service", "Billed"],
                 [[slash(inj), cc, s, usd(v)] for cc, s, v in lines] + [["", "", "Total billed", usd(amt)]],
                 [26, 20, W - 26 - 20 - 32, 32], size=9.4, aligns=["L", "L", "L", "R"], bold_last=True)
    p.heading("What to do next", 11)
    p.bullets(["Tell your supervisor or the patrol's personnel office about the injury and ask for a workers' "
               "compensation claim form. The county's insurer may already have a number for it.",
               f"Give the hospital the workers' compensation information. If {WC} writes that it won't pay, send us "
               "that letter and we will look at the claim again.",
               f"Treating doctor on the claim: {ERD}. The hospital should not bill you while the work injury claim "
               "is open."], 9.8)
    p.heading("If you disagree", 11)
    p.para("If the injury did not happen at work, or you disagree for another reason, you may appeal within 180 days "
           f"of the date of this letter. Write to {TPA}, Appeals, {TPA_BOX}.", 9.8)
    p.signoff(["Sincerely,", "Claims Department", TPA + ", Inc.", "for the Whitsand Lifesaving Health Plan"], 9.8)
    t1 = truth("denial_letter", "other", insurer=TPA, group=grp, member_id=fid, member_name=mem, cases=[cl],
               claim_amount=m2(amt), service_dates=[iso(inj)], denial_date=iso(nd), provider=HOSP,
               appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": TPA_ALT, "provider": [ERD, "Casimir Pendower"]})
    letter = out(p)

    # the plan's season coverage notice (denies nothing)
    s = NASheet(footer="Page {n} of {nb}")
    s.set_margins(17, 13, 17)
    s.add_page()
    plan_head(s)
    W = s.w - s.l_margin - s.r_margin
    y0 = s.get_y()
    for ln in [long(cov_nd), "", mem, "208 Surfside Terrace Apt 3", "Carrack Roads, CA 93458"]:
        s.line(ln, 10.5)
    yl = s.get_y()
    yr = s.right_caps([(fid, "family ID"), ("01", "person code"), (grp, "group"), ("WLHP-S2", "plan code")],
                      s.l_margin + W * 0.5, y0, W * 0.5, size=9.6, h=7.4)
    s.set_xy(s.l_margin, max(yl, yr) + 4)
    s.f(13, "B")
    s.cell(0, 7, "Your coverage for the 2026 season", new_x="LMARGIN", new_y="NEXT")
    s.ln(1)
    s.para(f"Dear {mem}:", 10.5)
    s.para("Good news: you passed the pre-season swim test and finished your 40 hours of training with Carbis County "
           "Beach Patrol. Your seasonal coverage with the Whitsand Lifesaving Health Plan is set as shown below.", 10)
    s.tiles([("Coverage starts", long(cov0)), ("Coverage ends", long(cov1)), ("Your monthly cost", "$0.00")],
            size=11.5, h=14)
    s.para("What is covered: doctor visits, urgent care, emergency care anywhere, hospital care, physical therapy, "
           "prescription drugs and one full-body skin cancer screening a year, all at network providers. Your ID "
           "card is enclosed.", 10)
    s.para("To keep coverage next season, work at least 300 hours this season. Hours your employer reports are "
           "posted each month on the member website. Example: 36 hours a week for 9 weeks is 324 hours.", 10)
    s.para("Questions? Call Member Services at 1-877-555-0134 (TTY 711).", 10)
    s.signoff(["Eligibility Office", PLAN], 10)
    t2 = truth("other", None, insurer=PLAN, plan_id="WLHP-S2", group=grp, member_id=fid, member_name=mem,
               denial_date=iso(cov_nd), alternates={"insurer": PLAN_ALT, "plan_id": [None]})
    return cover, [(letter, t1), (bytes(s.output()), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxfine_near_drowning(rng):
    mem = "Tobiah R. Trevellas"
    fid = fam_id(rng)
    grp = "GSLC-2218"
    HOSP = "Praa Sands Regional Medical Center"
    ATT = "Dr. Ysolde Carminow"
    adm, dis = dt.date(2026, 5, 30), dt.date(2026, 6, 1)
    rcv = dt.date(2026, 6, 8)
    nd = dt.date(2026, 6, 19)
    due = plus(nd, 180)
    cl = claim_no(rng)
    ur = review_no(rng)
    lines = [("0450", "Emergency room", 3186.40), ("0762", "Observation room, hours", 0.00),
             ("0120", "Room and board, 2 days", 8420.00), ("0410", "Respiratory services", 2618.20),
             ("0250", "Pharmacy", 1406.00), ("0300", "Laboratory", 2240.00), ("0324", "Chest x-ray", 1072.00)]
    lines = [x for x in lines if x[2] > 0]
    amt = round(sum(x[2] for x in lines), 2)
    p = NASheet(footer="Page {n} of {nb}", foot_ids=f"Claim {cl}  \u00b7  Review {ur}  \u00b7  {mem}")
    p.set_margins(17, 13, 17)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [wday_long(nd), "", mem, "51 Rescue Boat Lane", "Gunwalloe, CA 93463"]:
        p.line(ln, 10)
    yl = p.get_y()
    yr = p.after_ids([(fid + "-01", "family ID and person"), (grp, "group"), (cl, "claim number"),
                      (ur, "review number")], x=p.l_margin + W * 0.5, w=W * 0.5, size=9.2, title="Reference")
    p.set_xy(p.l_margin, max(yl, yr) + 2)
    p.subject("Decision on your hospital stay after the training swim")
    p.para(f"Dear {mem}:", 10)
    p.para(f"You were taken to {HOSP} on {long(adm)} after you inhaled water and lost consciousness during a night "
           f"training swim, and you stayed until {long(dis)}. The hospital billed the stay as an inpatient "
           "admission.", 9.6)
    p.para("**Our decision: the inpatient admission is denied; we will pay the stay as observation care.** A nurse and "
           "a doctor who reviews hospital stays for us, Dr. Austell Trengove, read the hospital's records.", 9.6)
    p.side_heads([
        ("Why", "Within six hours of arrival your oxygen level was normal on room air, your chest x-ray was clear "
                "and your heart rhythm stayed normal. You needed watching overnight in case breathing problems "
                "came on late, which is common after a near-drowning, but you did not need treatment that only an "
                "inpatient unit gives. Watching a patient for up to 48 hours is observation care, which the plan "
                "pays at its observation rate."),
        ("What this means", "The plan pays the hospital its observation rate for the stay. The hospital is in our "
                            "network and may not bill you the difference between its inpatient charges and what "
                            "we pay. You owe only your $150.00 hospital copay."),
        ("Your appeal", "If you disagree, you, the hospital or someone you choose may appeal. Your appeal must reach "
                        f"us by {long(due)}. Send the records that support an inpatient stay to {TPA}, Appeals, "
                        f"{TPA_BOX}. A fast appeal (72 hours) is for care you have not yet received."),
    ], head_w=34, size=9.2)
    p.wrap_table(["Rev. code", "Service", "Billed"],
                 [[c, s, f"{v:,.2f}"] for c, s, v in lines] + [["", f"Total billed, {slash(adm)} - {slash(dis)}",
                                                                 f"{amt:,.2f}"]],
                 [24, W - 24 - 34, 34], size=8.6, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"Attending doctor on the claim: {ATT}. Your employer's incident number for the training swim, "
           f"GS-{digits(rng, 5)}, is on file; training swims are not work for this club's volunteer crews, so the "
           "plan handled the claim.", 8.4)
    p.signoff(["Sincerely,", "Hospital Review Unit", TPA + ", Inc.", "for the Whitsand Lifesaving Health Plan"], 9.4)
    t = truth("denial_letter", "level_of_care", insurer=TPA, group=grp, member_id=fid, member_name=mem,
              cases=[cl, ur], claim_amount=m2(amt), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(due),
              alternates={"insurer": TPA_ALT, "provider": [ATT, "Ysolde Carminow"], "member_id": [fid + "-01"],
                          "case_numbers": [[cl]], "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_off_season(rng):
    mem = "Isolde M. Lelant"
    fid = fam_id(rng)
    grp = "CCBP-0412"
    DERM = "Hayle Estuary Dermatology"
    DR = "Dr. Jory Angarrack"
    sv = dt.date(2026, 4, 20)
    test = dt.date(2026, 4, 25)
    start = dt.date(2026, 5, 1)
    nd = dt.date(2026, 6, 3)
    cl = claim_no(rng)
    lines = [("11642", "Removal of skin cancer, nose, 1.1 to 2.0 cm", 618.00),
             ("88305", "Pathology, skin specimen", 145.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = NASheet(footer="Page {n} of {nb}", foot_ids=f"{mem}  \u00b7  {fid}-01  \u00b7  claim {cl}  \u00b7  "
                                                      f"printed {ymd_slash(nd)}",
                every="Whitsand Lifesaving Health Plan  \u00b7  Member letter")
    p.set_margins(17, 13, 17)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "2 Dune Grass Court", "Carrack Roads, CA 93458"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.set_y(y0)
    p.form_grid([[(long(nd), "date of this letter", 0.5), (cl, "claim number", 0.5)],
                 [(fid + "  01", "family ID  person", 0.5), (grp, "group", 0.5)]],
                x=p.l_margin + W * 0.48, w=W * 0.52, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 3)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Your skin cancer treatment on April 20, 2026", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.flow_cols([
        f"Dear {mem}:",
        f"{DERM} sent us a claim for the removal of a skin cancer from your nose and the lab test of the tissue. "
        f"{DR} did the treatment on {long(sv)}. The charges add up to {usd(amt)}.",
        "We can't pay this claim, because you weren't covered by the plan on that day.",
        "How seasonal coverage works",
        "Seasonal guards are covered from the first day of the month after they pass the pre-season swim test and "
        f"finish 40 hours of training. You passed the swim test on {long(test)} and finished training the same week, "
        f"so your 2026 season coverage started on {long(start)}. Your coverage for last season had ended at the end "
        "of October.",
        "The treatment on April 20 came before your new season started. We know skin checks matter for people who "
        "work in the sun, and we are glad the cancer was found.",
        "What you can do",
        "Ask the clinic whether it has a payment plan or a discount for people without coverage that day. If you had "
        "other insurance on April 20, such as a spouse's plan, give the clinic that information.",
        "If you think our dates are wrong, for example because you worked paid hours for the patrol in April, send "
        "us your pay stubs or a letter from your employer. You may appeal within 180 days of the date of this "
        f"letter. Write to the plan's Appeals Office, {PLAN_BOX}, or call 1-877-555-0134."],
        n=2, size=9.2, heads={3, 6})
    p.wrap_table(["Date", "Code", "Service", "Billed"],
                 [[slash(sv), cc, s, usd(v)] for cc, s, v in lines] + [["", "", "Total", usd(amt)]],
                 [26, 20, W - 26 - 20 - 30, 30], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.timeline([(0.05, apos(sv), "treatment"), (0.45, apos(test), "swim test\npassed"),
                (0.9, apos(start), "season coverage\nbegins")], title="How the dates fall", size=7.2)
    p.signoff(["Sincerely,", "Eligibility and Claims", PLAN], 9.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=grp, member_id=fid, member_name=mem, cases=[cl],
              claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=DERM,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [DR, "Jory Angarrack"], "member_id": [fid + "-01"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_prp(rng):
    mem = "Itziar M. Urrutikoetxea"
    fid = fam_id(rng)
    grp = "PTOR-7730"
    CL = "Clínica de Medicina Deportiva Arenal Dorado"
    DR = "Dra. Maitane Errazkin"
    sv = dt.date(2026, 5, 5)
    rcv = dt.date(2026, 5, 13)
    nd = dt.date(2026, 5, 26)
    cl = claim_no(rng)
    lines = [("0232T", "Inyección de plasma rico en plaquetas (PRP), hombro izquierdo", 780.00),
             ("76942", "Guía por ultrasonido para la inyección", 170.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = NASheet(footer="Página {n} de {nb}", foot_ids=f"Reclamo {cl}  \u00b7  {fid}")
    p.set_margins(17, 13, 17)
    p.add_page()
    plan_head(p, right=["Servicios al Miembro 1-877-555-0134", "TTY 711", PLAN_BOX])
    W = p.w - p.l_margin - p.r_margin
    p.line(f"Carrack Roads, {es_date(nd)}", 10)
    p.ln(3)
    for ln in [mem, "77 Paseo del Socorrista", "Pentire, CA 93461"]:
        p.line(ln, 10)
    p.ln(3)
    yk = p.kv_box([("Miembro", mem), ("ID familiar / persona", f"{fid} / 01"), ("Grupo", grp), ("Reclamo", cl),
              ("Proveedor", f"{CL}\n{DR}"), ("Fecha del servicio", es_date(sv)), ("Total cobrado", f"US$ {amt:,.2f}")],
             p.l_margin, p.get_y(), W * 0.7, cap_w=44, size=9.0)
    p.set_xy(p.l_margin, yk + 5)
    p.para(f"Estimada {mem}:", 10)
    p.para(f"{CL} nos envió un reclamo por la inyección de plasma rico en plaquetas (PRP) en su hombro izquierdo. "
           "**El plan no puede pagar este tratamiento.**", 9.8)
    p.para("Por qué: el plan no paga tratamientos en investigación, es decir, tratamientos que los estudios todavía "
           "no han demostrado que funcionan bien. Las inyecciones de PRP para dolor de tendones del hombro están en "
           "esa lista. El código 0232T es un código temporal para este tipo de tratamiento.", 9.8)
    p.para("Qué está cubierto: consultas, fisioterapia, inyecciones de cortisona y, si hace falta, cirugía aprobada "
           "antes. Hable con su médica sobre otras opciones.", 9.8)
    p.wrap_table(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[es_date(sv), cc, s, f"{v:,.2f}"] for cc, s, v in lines] + [["", "", "Total", f"{amt:,.2f}"]],
                 [34, 18, W - 34 - 18 - 28, 28], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Usted, o alguien que usted elija, puede apelar dentro de 180 días a partir de la fecha de esta carta. "
           f"Escriba a {TPA}, Apelaciones, {TPA_BOX}, o llame al 1-888-555-0156. Puede enviar estudios o una carta "
           "de su médica.", 9.4)
    p.para("Ejemplo: una sesión de fisioterapia de US$ 130.00 en la red se paga con un copago de US$ 20.00.", 8.4)
    p.signoff(["Atentamente,", "Reclamos", PLAN], 9.6)
    t = truth("denial_letter", "experimental", insurer=PLAN, group=grp, member_id=fid, member_name=mem, cases=[cl],
              claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [DR, "Maitane Errazkin"]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_mohs(rng):
    mem = "Bartholomew C. Portreath"
    fid = fam_id(rng)
    grp = "CCBP-0412"
    CTR = "Treskerby Skin Surgery Center"
    DR = "Dr. Lucan Towednack"
    PCP = "Dr. Merryn Trevorrow"
    sv = dt.date(2026, 4, 16)
    rcv = dt.date(2026, 4, 27)
    nd = dt.date(2026, 5, 14)
    due = plus(nd, 180)
    cl = claim_no(rng)
    lines = [("17311", "Mohs surgery, head, first stage", 1480.00), ("17312", "Mohs surgery, each added stage",
                                                                     760.00),
             ("13132", "Repair of wound, forehead", 724.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = NASheet(serif=True, footer="Page {n} of {nb}", foot_ids=f"{TPA}, Inc.  \u00b7  {cl}")
    p.set_margins(18, 14, 18)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.line(upper(nd), 10)
    p.ln(3)
    for ln in [mem, "930 Lifeguard Station Road", "Carrack Roads, CA 93458"]:
        p.line(ln, 10)
    p.ln(4)
    p.capcells([("MEMBER", mem, W * 0.42, "L"), ("FAMILY ID", fid, W * 0.33, "L"), ("PERSON", "01", W * 0.25, "L")])
    p.capcells([("CLAIM", cl, W * 0.42, "L"), ("GROUP", grp, W * 0.33, "L"), ("PLAN", "WLHP-Y1", W * 0.25, "L")])
    p.capcells([("SURGEON", DR, W * 0.42, "L"), ("DATE OF SURGERY", slash(sv), W * 0.33, "L"),
                ("RECEIVED", ymd_dots(rcv), W * 0.25, "L")])
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {CTR} for Mohs surgery to remove a skin cancer from your forehead. The "
           f"surgery was done by {DR} on {long(sv)}. The claim totals ${amt:,.2f}.", 9.6)
    p.para("**This claim is denied.** The Whitsand Lifesaving Health Plan is an exclusive provider plan: it "
           f"pays only for care from providers in its network, except for emergencies. {CTR} and {DR} are not in "
           "the network, the surgery was planned, and we had no request to approve care outside the network.", 9.6)
    p.para("The network has three Mohs surgeons within 40 miles of your home. Your doctor, " + PCP + ", or Member "
           "Services can help you find one for any follow-up care.", 9.6)
    p.wrap_table(["Code", "Service", "Billed"],
                 [[cc, s, f"{v:,.2f}"] for cc, s, v in lines] + [["", "Total", f"${amt:,.2f}"]],
                 [22, W - 22 - 34, 34], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.f(10, "B")
    p.cell(0, 5.5, "If you disagree", new_x="LMARGIN", new_y="NEXT")
    p.para("You may appeal. Your appeal must reach us within 180 days of the date of this letter. If there was no "
           "network surgeon who could see you in time, tell us and send any letters that show it. Write to "
           f"{TPA}, Appeals, {TPA_BOX}.", 9.4)
    p.para("Because the center is outside the network, it may bill you for the full charges. Example: network Mohs "
           "surgery for a similar cancer usually costs a member a $50.00 copay.", 8.6)
    p.signoff(["Sincerely,", "Claims Department", TPA + ", Inc.", "for the Whitsand Lifesaving Health Plan"], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=TPA, plan_id="WLHP-Y1", group=grp, member_id=fid,
              member_name=mem, cases=[cl], claim_amount=m2(amt), service_dates=[iso(sv)], denial_date=iso(nd),
              provider=CTR, appeal_deadline=iso(due),
              alternates={"insurer": TPA_ALT, "provider": [DR, "Lucan Towednack"], "plan_id": [None]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "bd_family_eob_daughter_laser_x4_page_two", "born_digital", [born_family_eob(rng)]),
        Item(F + "faxstd_rotator_cuff_cant_approve_yet", "fax_standard_g4", [faxstd_cuff(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_work_injury_sideways_season_notice", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "faxfine_near_drowning_stay_observation", "fax_fine_g4", [faxfine_near_drowning(rng)]),
        Item(F + "scanclean_two_column_before_season_began", "scan_clean_300", [scanclean_off_season(rng)]),
        Item(F + "phone_es_prp_injection_investigational", "phone_photo", [phone_es_prp(rng)]),
        Item(F + "photocopy_mohs_center_outside_network", "photocopy", [photocopy_mohs(rng)]),
    ]
    return items
