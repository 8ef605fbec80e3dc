"""An invented health plan for sheep shearers, crutchers, wool classers and wool handlers: the self-funded plan
(Fleecehaven Health Plan) of a multiemployer trust of shearing contractors and a shearers' union local (the
Intermountain Shearers & Wool Classers Health Trust), whose claims and appeals a separate company handles (Corriedale
Benefit Administrators, LLC). Its members follow the shearing season from shed to shed across several states: back
strain from hours bent over the board, cuts from handpiece combs and cutters, heat, falls and kicks. Eligibility is
seasonal and shed-based: every day a contractor reports a member on a shed tally sheet is a shed day, and 45 shed
days in a calendar quarter give coverage for the three months that start one month after the quarter ends. Work
injuries in a shed go to the contractor's workers' compensation first.

Everything is invented: the plan, the trust, the union local, the administrator, the contractors and sheds, every
member, provider, number (member IDs "FH" + seven digits, group SWC-07, claim numbers "FC26-" + seven digits,
precertification numbers "PC26" + five digits), address and time limit; phones use 555. CPT/HCPCS/CARC codes appear
as themselves.

Documents (8 in 7 files):
- fax_standard_g4: two-page provider payment statement to a spine and sports therapy clinic; fax transmission line
  on both pages; claim blocks run on to page 2 without heads; one shearer's therapy claim refused, told only by a
  code explained in a two-column legend that lists codes no claim uses; rendering, billing and referring providers
  side by side; group and member number under one caption.
- fax_standard_g4 stack: the appeals unit's fax cover to the union local's welfare office, a refusal of wrist surgery
  at a surgery centre outside the network (page 2 upside down), and a shed-day credit statement confirming coverage
  (denies nothing).
- fax_fine_g4: pre-service refusal of a lumbar MRI for back strain (not medically necessary yet); monogram and split
  brand; the orthopaedic office's received stamp; the ordering doctor with his practice under his name beside the
  imaging centre.
- scan_lowres_150: refusal of an urgent care claim after coverage lapsed for too few shed days (shed-day table with
  tally sheet numbers, values over captions, two-column prose, running footer).
- born_digital: two-page explanation of benefits: four claims, one clinic's late claim refused with a code explained
  on page 2 in a two-column legend; the claims table broken across the pages; running header.
- photocopy: refusal of four massage therapy visits (plan exclusion); the union office's received stamp; letter ID
  and document control number in the corner; the appeal date stated.
- phone_photo: Spanish explanation of benefits: two claims for a hand cut, the wound-care supply line refused with a
  code explained under the table.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqa import (QASheet, apos, caps_short, compact, day_long, digits, dmy0, dmy_abbr, dotted, es_abbr,
                               es_date, es_wday, fax_cover, iso, long, mdy_dash, n2, plus, short, slash, upper, usd,
                               wday_long, ymd_dots)
from public_kit import m2, out, truth

FAMILY = ("fleecehaven_shearers_and_wool_classers_health_plan_shed_day_eligibility_work_injury_therapy_wrist_surgery_"
          "network_lumbar_mri_late_clinic_claim_massage_exclusion_and_wound_supply_refusals")
LANG = "en"
SEED = 355160
PLAN = "Fleecehaven Health Plan"
TRUST = "Intermountain Shearers & Wool Classers Health Trust"
TPA = "Corriedale Benefit Administrators, LLC"
INS_ALT = ["Fleecehaven", TRUST, "Intermountain Shearers and Wool Classers Health Trust", TPA,
           "Corriedale Benefit Administrators"]
GROUP = "SWC-07"
ADDR = "P.O. Box 1187, Sagewater, WY 82931"
TAG = f"Health plan of the {TRUST}"
TAG_ES = f"Plan de salud del {TRUST}"
RIGHT = ["Member line 1-888-555-0190", "Mon-Sat 7 a.m.-6 p.m. Mountain", "Claims fax 1-888-555-0194", ADDR]
RIGHT_ES = ["Línea para miembros 1-888-555-0190", "lunes a sábado, 7 a.m. a 6 p.m. (Montaña)",
            "Fax 1-888-555-0194", ADDR]
LEGAL = (f"{PLAN} is the self-funded plan of the {TRUST}, a trust of shearing contractors and Local 14 of the "
         f"Shearers and Wool Handlers Union. {TPA} processes claims and appeals; it does not insure the benefits.")
LEGAL_ES = (f"{PLAN} es el plan de salud autofinanciado del {TRUST}, un fideicomiso de contratistas de esquila y del "
            f"Local 14. {TPA} tramita reclamos y apelaciones y no asegura los beneficios.")
APPEALS = f"Fleecehaven Appeals, c/o Corriedale Benefit Administrators, {ADDR}"


def mid_of(rng) -> str:
    return "FH" + digits(rng, 7)


def claim_of(rng) -> str:
    return "FC26-" + digits(rng, 7)


def head(p: QASheet, es: bool = False, split: bool = False):
    if split:
        p.mono_mast("FH", "Fleecehaven", TAG, RIGHT, mode="split", second="Health Plan", ring=True, size=17)
    else:
        p.mono_mast("FH", "Fleecehaven", TAG_ES if es else TAG, RIGHT_ES if es else RIGHT, mode="spaced", ring=True)


def addr(p: QASheet, lines: list[str], size: float = 10):
    for ln in lines:
        p.line(ln, size)


def erisa(p: QASheet, size: float = 8.8, stated: dt.date | None = None, flow: bool = False):
    first = (f"Your appeal must reach us by {long(stated)}." if stated else
             "You must appeal within 180 days of the date of this letter.")
    paras = [f"**How to appeal.** {first} Write to {APPEALS}, or fax 1-888-555-0197. Say why you disagree and send "
             "any records, bills or letters from your providers. You may ask for free copies of the papers we used.",
             "**Who decides.** The Trust's Appeals Committee decides appeals at its next meeting after we receive "
             "yours (it meets every month except during spring shearing, when it meets twice). If your care is "
             "urgent, ask for an urgent appeal; we decide those within 72 hours.",
             "**Your rights.** If the Committee keeps the decision, you have the right to bring a civil action under "
             "section 502(a) of the Employee Retirement Income Security Act (ERISA). Local 14's welfare office can "
             "help you write your appeal at no cost: 1-555-013-2280."]
    if flow:
        p.flow2(paras, size=size)
    else:
        for x in paras:
            p.para(x, size)


# ------------------------------------------------------------------------------------------------------------------
def faxstd_therapy_statement(rng):
    PAYEE = "Sagewater Spine & Sports Therapy, PLLC"
    stmt = dt.date(2026, 4, 28)
    chk = digits(rng, 7)
    batch = "B" + digits(rng, 5)
    PT1, PT2, PT3 = "Bryony K. Leatherby, DPT", "Torquil J. Ashdown, PT", "Merewen S. Oakes, DPT"
    REF = ["Dr. Caradoc Finnegan-Oyo", "Dr. Ambrose D. Ferreira-Holt", "Wren A. Halloway-Pike, PA-C"]
    # (patient, dos, rendering, referring, lines [(code, units, billed, allowed, ded, paid, adj)])
    claims = [
        ("BALLANTYNE, CORMAC D", dt.date(2026, 3, 30), PT1, REF[0],
         [("97110", 2, 130.00, 61.20, 0.00, 61.20, "CO-45"), ("97140", 1, 68.00, 28.90, 0.00, 28.90, "CO-45")]),
        ("ECHEVERRIA, JOAQUIN P", dt.date(2026, 3, 31), PT2, REF[1],
         [("97161", 1, 165.00, 88.40, 0.00, 88.40, "CO-45")]),
        ("FITZWARREN, TAMSIN L", dt.date(2026, 4, 1), PT1, REF[0],
         [("97110", 2, 130.00, 61.20, 25.00, 36.20, "CO-45 PR-1"), ("97530", 1, 74.00, 34.10, 0.00, 34.10,
                                                                    "CO-45")]),
        ("HUAMANI, ROSENDO A", dt.date(2026, 4, 2), PT3, REF[2],
         [("97110", 3, 195.00, 91.80, 0.00, 91.80, "CO-45")]),
        ("KETTERIDGE, WYNN B", dt.date(2026, 4, 3), PT2, REF[1],
         [("97140", 2, 136.00, 57.80, 0.00, 57.80, "CO-45"), ("97012", 1, 42.00, 14.60, 0.00, 14.60, "CO-45")]),
        ("MACANDREW, ISLA F", dt.date(2026, 4, 6), PT3, REF[2],
         [("97110", 2, 130.00, 61.20, 0.00, 61.20, "CO-45")]),
        ("OTTERBURN, RHYS G", dt.date(2026, 4, 7), PT1, REF[0],
         [("97161", 1, 165.00, 0.00, 0.00, 0.00, "CO-19 WC2"), ("97110", 2, 130.00, 0.00, 0.00, 0.00, "CO-19 WC2"),
          ("97140", 1, 68.00, 0.00, 0.00, 0.00, "CO-19 WC2")]),
        ("TEMPLETON-NGATA, HEMI R", dt.date(2026, 4, 8), PT2, REF[0],
         [("97110", 2, 130.00, 61.20, 0.00, 61.20, "CO-45"), ("97530", 1, 74.00, 34.10, 0.00, 34.10, "CO-45")]),
        ("UNDERHILL, SEFTON W", dt.date(2026, 4, 9), PT3, REF[1],
         [("97140", 1, 68.00, 28.90, 0.00, 28.90, "CO-45")]),
    ]
    blocks, den = [], None
    tb = tp = 0.0
    for pt, dos, rend, ref, lines in claims:
        mid = mid_of(rng)
        cn = claim_of(rng)
        acct = digits(rng, 6)
        rows = []
        for code, u, b, a, ded, pd, adj in lines:
            rows.append([f"{slash(dos)}", code, str(u), n2(b), n2(a), n2(ded), n2(pd), adj])
            tb += b
            tp += pd
        cb = sum(x[2] for x in lines)
        blocks.append({"top": f"{cn}   {pt}   GRP/MBR {GROUP} / {mid}   ACCT {acct}", "lines": rows,
                       "sub": [f"Rendering {rend}  |  Billing {PAYEE}  |  Referring {ref}",
                               f"Claim charges {n2(cb)}   paid {n2(sum(x[5] for x in lines))}"]})
        if pt.startswith("OTTERBURN"):
            den = (cn, mid, dos, cb)
    head_cols = ["SERVICE DATE", "CPT", "UNITS", "CHARGES", "ALLOWED", "DEDUCTIBLE", "PAID", "CODES"]
    widths = [28, 18, 14, 24, 24, 24, 22, 38]
    aligns = ["L", "L", "R", "R", "R", "R", "R", "L"]
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL,
                fax_lines=[f"{short(stmt)} 10:12  CORRIEDALE BEN ADMIN CLAIMS  18885550194 -> 15550138826  JOB 5521"
                           "  P.{n}/{nb}"],
                run_hdr=f"Provider statement {slash(stmt)}  \u00b7  {PAYEE}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(12, 14, 12)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 6, "Provider Claim Payment Statement", new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_xy(p.l_margin, y0)
    p.f(8.6)
    for ln in [PAYEE, "Attn: Billing", "212 Tallow Street", "Sagewater, WY 82930", "Payee TIN 83-0417726"]:
        p.cell(W * 0.5, 4.0, ln, new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.kv_box([("Statement date", mdy_dash(stmt)), ("Check no.", f"{chk}   {usd(tp)}"),
              ("Group", f"{GROUP} (all claims)"),
              ("Batch", batch)], x=p.l_margin + W * 0.5, y=y0, w=W * 0.5, cap_w=30, size=8.2)
    p.set_xy(p.l_margin, max(yl, y0 + 25) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Claims are listed by patient. The codes in the last column are explained at the end of this "
                 "statement. Amounts in the deductible column are the member's share.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.claim_blocks(head_cols, widths, aligns, blocks[:6], size=7.2)
    p.add_page()
    p.claim_blocks(head_cols, widths, aligns, blocks[6:], size=7.2, heads=False)
    p.money_line([("Charges on this statement", n2(tb)), ("Amount of this check", usd(tp))], p.l_margin + W * 0.5,
                 W * 0.5, 8.6)
    p.legend_flow("What the codes mean", [
        ("CO-19", "This is a work-related injury or illness and thus the liability of the workers' compensation "
                  "carrier."),
        ("CO-45", "Charge exceeds the fee schedule or maximum allowed. Provider write-off."),
        ("PR-1", "Deductible amount (the member's share)."),
        ("PR-3", "Co-payment amount."),
        ("SD4", "Shed days for the quarter not yet reported by the contractor; claim held, not denied."),
        ("WC2", "Your notes say the back was hurt lifting a ewe at a shearing shed. Bill the shed contractor's "
                "workers' compensation carrier first, then send us its decision."),
        ("VL9", "Visit limit of 30 therapy visits a calendar year reached."),
        ("N20", "Service not payable with other service rendered on the same date."),
        ("M86", "Service denied because payment already made for same or similar procedure within set time frame."),
    ], cols=2, size=7.2, code_w=10)
    p.para("**Provider review.** If you disagree with how we paid a claim, send a written request for review within "
           "180 days of the date of this statement to Corriedale Benefit Administrators, Provider Review, "
           f"{ADDR}. Include the claim number and the reason.", 7.8)
    cn, mid, dos, cb = den
    t = truth("eob", "other", insurer=PLAN, group=GROUP, member_id=mid, member_name="Rhys G. Otterburn", cases=[cn],
              claim_amount=m2(cb), service_dates=[iso(dos)], denial_date=iso(stmt), provider="Bryony K. Leatherby",
              appeal_deadline=iso(plus(stmt, 180)),
              alternates={"insurer": INS_ALT, "provider": [PAYEE, "Sagewater Spine & Sports Therapy"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Cadell P. Brannagh"
    mid = mid_of(rng)
    cn = claim_of(rng)
    ref = "LR-" + digits(rng, 6)
    CTR = "Klickmere Gorge Surgery Center"
    DOC = "Ingrid S. Vallancourt"
    ER = "Lakeview District Hospital"
    fall = dt.date(2026, 2, 28)
    surg = dt.date(2026, 3, 5)
    nd = dt.date(2026, 4, 30)
    cst = dt.date(2026, 4, 30)
    lines = [("25607", "Open treatment, distal radius fracture, with plate", 4860.00),
             ("01830", "Anesthesia for wrist surgery", 1120.00), ("64415", "Nerve block, arm", 500.00)]
    amt = sum(x[2] for x in lines)
    fl = ["APR 30 2026 11:58AM  FLEECEHAVEN APPEALS  1 888 555 0197  TO LOCAL 14 WELFARE  P.{n}/4"]
    cover = fax_cover(fl, [f"{PLAN} \u00b7 Appeals Unit", TPA, ADDR, "Fax 1-888-555-0197"],
                      [("To", "Local 14 Member Welfare Office - Attn: Briallen Quayle"), ("Fax", "1-555-013-2284"),
                       ("From", "Osmund Teague, appeals analyst"), ("Phone", "1-888-555-0191"),
                       ("Date", "4/30/26"), ("Pages", "4 incl. cover"),
                       ("Re", f"{mem} - surgery claim letter and shed-day statement")],
                      ["Briallen - Mr. Brannagh signed the release for your office (on file 04/02/26). Attached are "
                       "our letter on his wrist surgery claim and his shed-day statement for January-March.",
                       "He is on the road with Ruddock Flat Shearing; please let him know. - O.T."],
                      checks=[("Urgent", False), ("Please review", True), ("Reply needed", False)], fax_nb="4")
    # --- doc 1: out-of-network wrist surgery ---
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL, fax_lines=fl, fax_off=1, fax_nb="4",
                run_hdr=f"{mem}  \u00b7  Claim {cn}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.refs_corner([("LETTER REF", ref), ("PREPARED", compact(plus(nd, -1)))], p.l_margin + W * 0.5, y0, W * 0.5)
    p.f(9.8)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    addr(p, [mem, "General Delivery", "Ruddock Flat, ID 83467"])
    p.ln(3)
    p.dual_boxes([("Group/Member No.", f"{GROUP} / {mid}", 0.46), ("Claim", cn, 0.30), ("Billed", usd(amt), 0.24)])
    p.f(13.2, "B")
    p.cell(0, 7, "We cannot pay this surgery claim", new_x="LMARGIN", new_y="NEXT")
    p.prov_boxes([("Surgeon", [f"Dr. {DOC}", "Klickmere Hand & Upper Limb Associates"]),
                  ("Facility", [CTR, "The Dalles, OR"]), ("Emergency care (paid)", [ER, "Lakeview, OR"])],
                 widths=[0.38, 0.32, 0.30])
    p.para(f"Dear Mr. {mem.split()[-1]}:", 10)
    p.para(f"You broke your right wrist in a fall at home on {long(fall)}. {ER} treated you in its emergency room "
           f"that night and put the wrist in a splint; we paid that claim in full as emergency care. On "
           f"{long(surg)}, Dr. {DOC} repaired the wrist with a plate at {CTR}. The center billed us {usd(amt)}. "
           "**We have denied this claim.**", 9.6)
    p.table(["Code", "Service", "Charge"], [[c, d, usd(b)] for c, d, b in lines] + [["", "Total", usd(amt)]],
            [20, 118, W - 138], size=8.6, aligns=["L", "L", "R"], bold_last=True, row_h=5.2)
    p.heading("Why", 10.6, gap=0.6)
    p.para(f"The surgery was planned five days after your fall; it was not an emergency. {CTR} and Dr. "
           f"{DOC.split()[-1]} are not in the Fleecehaven network, and no one asked us to approve care outside the "
           "network. The plan pays for planned care outside the network only when we approve it first, for example "
           "when no network surgeon can do the surgery within a reasonable time. Network hand surgeons were "
           "available in Boise and Twin Falls that week.", 9.4)
    p.add_page()
    p.ln(1)
    p.para("The surgeon and the center may bill you for this care. If you were on the road and could not reach a "
           "network surgeon, tell us in your appeal: we will look at where you were working and which network "
           "surgeons you could reach.", 9.4)
    p.bar("Your right to appeal", 9.8, shade=210)
    erisa(p, 8.8, flow=True)
    p.signoff(["Sincerely,", "", "Osmund Teague, appeals analyst", f"for the Trustees of the {TRUST}"], 9.0)
    t1 = truth("denial_letter", "out_of_network", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem,
               cases=[cn], claim_amount=m2(amt), service_dates=[iso(surg)], denial_date=iso(nd), provider=DOC,
               appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": INS_ALT, "provider": [CTR, "Klickmere Hand & Upper Limb Associates"]},
               denial_alternates=["prior_authorization"])
    # --- doc 2: shed-day credit statement (denies nothing) ---
    q = QASheet(footer="Page {n} of {nb}", legal=LEGAL, fax_lines=fl, fax_off=3, fax_nb="4")
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, split=True)
    W = q.w - q.l_margin - q.r_margin
    q.f(13.2, "B")
    q.cell(0, 7, "Shed-Day Credit Statement", new_x="LMARGIN", new_y="NEXT")
    q.f(9)
    q.cell(0, 4.6, f"Work quarter January 1 - March 31, 2026  \u00b7  statement of {long(cst)}", new_x="LMARGIN",
           new_y="NEXT")
    q.ln(2)
    addr(q, [mem, "General Delivery", "Ruddock Flat, ID 83467"], 9.8)
    q.ln(2)
    q.dual_boxes([("Group/Member No.", f"{GROUP} / {mid}", 0.5), ("Union card", "L14-" + digits(rng, 5), 0.5)])
    rows = [["Ruddock Flat Shearing Co.", "Greasewood Draw Ranch, Ruddock Flat ID", "T-" + digits(rng, 5),
             "01/12/26 - 01/24/26", "11"],
            ["Ruddock Flat Shearing Co.", "Quaking Aspen Sheep Co., Dubois ID", "T-" + digits(rng, 5),
             "02/02/26 - 02/14/26", "12"],
            ["Harlan Cobb Shearing", "Seven Mile Ewe Camp, Kemmerer WY", "T-" + digits(rng, 5),
             "02/19/26 - 03/04/26", "13"],
            ["Harlan Cobb Shearing", "Dry Fork Wool Pool, Rawlins WY", "T-" + digits(rng, 5),
             "03/09/26 - 03/27/26", "16"]]
    q.zebra(["Contractor", "Shed", "Tally sheet", "Dates", "Shed days"], rows, [44, 58, 24, 34, 20],
            ["L", "L", "L", "L", "R"], size=7.8)
    q.form_grid([[("52", "shed days credited", 0.25), ("45", "needed for coverage", 0.25),
                  ("May 1 - July 31, 2026", "you are covered", 0.5)]], size=10)
    q.para("Good news: the shed days your contractors reported for January through March are enough. You and your "
           "enrolled dependents are covered from May 1 through July 31, 2026. You do not need to do anything.", 9.6)
    q.para("If a shed you worked is missing from this list, send us a copy of your pay stub or the tally sheet "
           "within 60 days and we will add the days. Days worked in April through June count toward coverage for "
           "August through October.", 9.0)
    q.signoff(["Eligibility Unit", TPA], 9.0)
    t2 = truth("other", None, insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, denial_date=iso(cst),
               alternates={"insurer": INS_ALT})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxfine_lumbar_mri(rng):
    mem = "Eulalia M. Garrow"
    mid = mid_of(rng)
    pc = "PC26" + digits(rng, 5)
    DOC = "Ambrose D. Ferreira-Holt"
    PRAC = "High Desert Orthopaedics"
    IMG = "Sagewater Open MRI"
    start = dt.date(2026, 3, 30)
    rcv = dt.date(2026, 4, 21)
    planned = dt.date(2026, 5, 4)
    nd = dt.date(2026, 4, 27)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL,
                fax_lines=[f"04/27/2026 15:41  FLEECEHAVEN UM  18885550196  ->  HIGH DESERT ORTHO 15550136610  "
                           "P. {n}/{nb}"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, split=True)
    W = p.w - p.l_margin - p.r_margin
    p.rubber(["RECEIVED", "APR 28 2026", "HDO - REFERRALS"], p.l_margin + W - 48, p.get_y() + 1, w=44, angle=-7)
    p.f(9.8)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    addr(p, [mem, "77 Fleece Row", "Sagewater, WY 82930"])
    p.ln(4)
    p.f(13.2, "B")
    p.cell(0, 7, "Precertification Decision: Not Approved", new_x="LMARGIN", new_y="NEXT")
    p.dual_boxes([("Group/Member No.", f"{GROUP} / {mid}", 0.42), ("Precert no.", pc, 0.30),
                  ("Asked for on", dmy_abbr(rcv), 0.28)])
    p.prov_boxes([("Ordering doctor", [f"Dr. {DOC}", PRAC]), ("Imaging center", [IMG, "License WY-RAD-2291"]),
                  ("Primary care", ["Tobin E. Marchetti, FNP", "Sagewater Family Clinic"])], widths=[0.36, 0.32, 0.32])
    p.para(f"Dear Ms. {mem.split()[-1]}:", 10)
    p.para(f"Dr. {DOC} asked us to approve an MRI of your lower back (CPT 72148) at {IMG} on {long(planned)}. "
           "**We did not approve it.** A doctor reviewer who treats back problems, Dr. Aldous F. Wetherell, looked at "
           "the request and the office notes.", 9.6)
    p.heading("Why", 10.6, gap=0.6)
    p.para(f"Your back pain began on {long(start)}, after you moved furniture at home. The notes show pain in the "
           "lower back without weakness, numbness, or trouble with bladder or "
           "bowels, no fever, and no injury from a fall. For back pain like this, the plan's imaging guideline "
           "(FH-RAD-07) calls for at least six weeks of treatment such as physical therapy, medicine and activity "
           "changes before an MRI, because most strains get better in that time and an early MRI rarely changes "
           "the treatment. You have had about four weeks and have not started therapy. For now, the MRI is **not "
           "medically necessary**.", 9.4)
    p.para("Your doctor can ask again after six weeks of treatment, or sooner if new problems appear. Physical "
           "therapy at a network clinic does not need our approval.", 9.4)
    p.bar("If you disagree", 9.6, shade=210)
    erisa(p, 8.4)
    p.signoff(["Utilization Management, for " + PLAN, TPA], 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem,
              cases=[pc], service_dates=[iso(planned)], denial_date=iso(nd), provider=DOC,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [PRAC], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_shed_days(rng):
    mem = "Fergal J. Tennant"
    mid = mid_of(rng)
    cn = claim_of(rng)
    CL = "Hams Fork Urgent Care"
    DOC = "Philippa N. Crewe"
    dos = dt.date(2026, 5, 19)
    rcv = dt.date(2026, 5, 26)
    nd = dt.date(2026, 6, 2)
    ended = dt.date(2026, 4, 30)
    lines = [("99214", "Visit", 236.00), ("71101", "X-ray, ribs, 3 views", 176.00)]
    amt = sum(x[2] for x in lines)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL,
                foot_ids=f"{mem}  \u00b7  {GROUP}/{mid}  \u00b7  claim {cn}  \u00b7  {slash(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, day_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    addr(p, [mem, "1409 Windlass Street", "Kemmerer, WY 83101"])
    p.ln(3)
    p.f(13, "B")
    p.multi_cell(W, 6.4, "Claim denied: no coverage on the date of service", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.form_grid([[(f"{GROUP} / {mid}", "group / member no.", 0.36), (cn, "claim no.", 0.34),
                  (short(rcv), "claim received", 0.30)],
                 [(f"{CL}\nDr. {DOC}", "provider", 0.44), (slash(dos), "date of service", 0.24),
                  (f"{usd(amt)} (99214, 71101)", "billed", 0.32)]], size=9.0)
    p.f(8.8, "B")
    p.cell(0, 5, "Shed days reported for you, January - March 2026", new_x="LMARGIN", new_y="NEXT")
    rows = [["Hanley Bros. Shearing", "Cokeville Lambing Sheds", "T-" + digits(rng, 5), "14"],
            ["Clearwater Shearing LLC", "Little Snake River Pool", "T-" + digits(rng, 5), "9"],
            ["Hanley Bros. Shearing", "Fossil Butte Ranch", "T-" + digits(rng, 5), "8"],
            ["", "Total shed days", "", "31 of 45 needed"]]
    p.table(["Contractor", "Shed", "Tally sheet", "Days"], rows, [52, 60, 34, W - 146], size=8.4, row_h=5.0,
            bold_last=True)
    p.flow2([
        f"Dear Mr. {mem.split()[-1]}:",
        f"We received a claim from {CL} for a visit and rib X-rays on {long(dos)}. We cannot pay it.",
        "Fleecehaven coverage depends on shed days. Each calendar quarter, the shearing contractors report the days "
        "you worked on their tally sheets. If you have 45 shed days in a quarter, you are covered for the three "
        "months that start one month after that quarter ends.",
        "For January through March 2026, your contractors reported 31 shed days, so you did not earn coverage for "
        f"May through July. Your coverage from last fall's work ended on {long(ended)}. You were not covered on the "
        "date of this visit.",
        "What you can do: if you worked other sheds in those months, send us tally sheets or pay stubs, and we will "
        "look again. You can also keep coverage by making a self-payment of $386.00 a month; the form is enclosed. "
        "A self-payment must reach us within 45 days of this letter to cover May.",
        "If you think we made a mistake, you can appeal within 180 days of the date of this letter. Write to "
        f"{APPEALS}.",
    ], size=8.9)
    p.signoff(["Eligibility and Claims, for the Trustees", TPA], 8.8)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def bd_member_eob(rng):
    mem = "Maeve C. Dunstable"
    mid = mid_of(rng)
    stmt = dt.date(2026, 5, 22)
    LATE = "Cutler Creek Clinic"
    PA = "Hollis R. Penhaligon, PA-C"
    claims = [
        (claim_of(rng), dt.date(2026, 4, 14), dt.date(2026, 4, 20), "Sagewater Family Clinic",
         "Tobin E. Marchetti, FNP",
         [("99213", "Office visit", 158.00, 25.00, ""), ("81002", "Urine test", 14.00, 0.00, "")]),
        (claim_of(rng), dt.date(2026, 4, 22), dt.date(2026, 4, 29), "Sagewater Spine & Sports Therapy",
         "Merewen S. Oakes, DPT",
         [("97161", "Therapy evaluation", 165.00, 0.00, ""), ("97110", "Exercise, 2 units", 130.00, 0.00, "")]),
        (claim_of(rng), dt.date(2026, 1, 6), dt.date(2026, 5, 12), LATE, PA,
         [("99213", "Office visit", 168.00, 0.00, "TF"), ("12002", "Repair of cut, 2.6-7.5 cm", 318.00, 0.00, "TF")]),
        (claim_of(rng), dt.date(2026, 5, 4), dt.date(2026, 5, 11), "Sagewater Spine & Sports Therapy",
         "Merewen S. Oakes, DPT",
         [("97110", "Exercise, 2 units", 130.00, 0.00, ""), ("97140", "Manual therapy", 68.00, 0.00, "")]),
    ]
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_hdr=f"{PLAN}  \u00b7  EOB of {slash(stmt)}  \u00b7  {mem}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.5, "B")
    p.cell(0, 6.5, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.4, f"Claims processed April 16 - May 21, 2026  \u00b7  This is not a bill", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    addr(p, [mem, "330 Crook Street, Unit 2", "Rawlins, WY 82301"], 9.8)
    p.kv_box([("Statement date", long(stmt)), ("Group/Member No.", f"{GROUP} / {mid}"), ("Patient", mem)],
             x=p.l_margin + W * 0.48, y=y0, w=W * 0.52, cap_w=32, size=8.6)
    p.set_y(y0 + 22)
    rows = []
    paid_all = 0.0
    for i, (cn, dos, rcv, prov, who, lines) in enumerate(claims):
        rows.append([slash(dos), f"{prov} - {who}", "", "", "", "", ""])
        for code, desc, b, owe, note in lines:
            paid = 0.0 if note else round(b * 0.7 - owe, 2) if owe else round(b * 0.7, 2)
            paid_all += paid
            rows.append(["", "   " + desc, code, n2(b), n2(paid), usd(owe), note])
        rows.append(["", f"   Claim {cn}  (received {short(rcv)})  total", "", n2(sum(x[2] for x in lines)), "", "",
                     ""])
    rows1, rows2 = rows[:10], rows[10:]          # the late clinic's claim breaks across the pages
    p.tiles([("Charged by your providers", usd(sum(x[2] for c in claims for x in c[5]))),
             ("The plan paid", usd(paid_all)), ("You may owe", usd(sum(x[3] for c in claims for x in c[5])))],
            size=12.5, h=13.5)
    p.framed("Shearing season reminder: shed days you work from April through June count toward coverage for "
             "August through October. Check that each contractor has your member number on the tally sheet.", 8.6)
    p.ln(2)
    widths = [20, 86, 14, 18, 18, 16, 12]
    aligns = ["L", "L", "L", "R", "R", "R", "L"]
    p.zebra(["Date", "Provider and service", "Code", "Charged", "Plan paid", "You owe", "Note"], rows1, widths, aligns,
            size=7.4, row_h=4.8)
    p.cont_mark("claims continue on page 2")
    p.para("Your deductible for 2026: $250.00, met. Out-of-pocket limit: $3,500.00; you have paid $395.00.", 8.4)
    p.heading("Your plan at a glance", 9.6, gap=0.4)
    p.para("Network office visits: $25 copay. Physical therapy and chiropractic care: up to 30 visits a calendar year "
           "combined. Emergency care anywhere in the country is paid at the network level. Planned care outside the "
           "network needs our approval first. Claims must reach us within 90 days after the date of service.", 8.4)
    p.add_page()
    p.ln(1)
    p.rows_only(rows2, widths, size=7.4, row_h=4.8, aligns=aligns)
    tot = sum(x[2] for c in claims for x in c[5])
    p.money_line([("Charged on this statement", usd(tot)), ("You owe", usd(sum(x[3] for c in claims for x in c[5])))],
                 p.l_margin + W * 0.45, W * 0.55, 8.8)
    p.legend_flow("Notes", [
        ("DN", "Applied to your deductible."),
        ("CP", "Your copay for this visit."),
        ("NX", "Provider is not in the network; you may owe more."),
        ("TF", "The provider sent this claim more than 90 days after the date of service, past the plan's filing "
               "limit. We did not pay it, and a network provider may not bill you for it."),
        ("WC", "Injury at work: bill the contractor's workers' compensation carrier first."),
        ("SD", "Not covered: not enough shed days for this quarter."),
        ("MX", "Not covered: massage, spa and wellness services are excluded."),
        ("RB", "Paid as part of another service on the same day."),
    ], cols=2, size=7.4, code_w=8)
    p.bar("Questions or appeals", 9.2, shade=215)
    p.para("Call the member line at 1-888-555-0190. If you disagree with a decision on this statement, you can "
           f"appeal within 180 days of the date of this statement. Write to {APPEALS}. Include the claim number.", 8.8)
    p.para("Example of how a deductible works: on a $200.00 visit with $150.00 of deductible left, you pay the "
           "$150.00 and the plan pays its share of the other $50.00.", 7.8)
    cn, dos, rcv, prov, who, lines = claims[2]
    t = truth("eob", "timely_filing", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=LATE, appeal_deadline=iso(plus(stmt, 180)),
              alternates={"insurer": INS_ALT, "provider": ["Hollis R. Penhaligon"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_massage(rng):
    mem = "Bronwen A. Skelly"
    mid = mid_of(rng)
    cn = claim_of(rng)
    lid = "FHL-" + digits(rng, 6)
    dcn = digits(rng, 4) + "-" + digits(rng, 6)
    SPA = "Sagewater Muscle & Recovery"
    LMT = "Kerensa J. Polwhele, LMT"
    dates = [dt.date(2026, 3, 10), dt.date(2026, 3, 17), dt.date(2026, 3, 24), dt.date(2026, 3, 31)]
    nd = dt.date(2026, 4, 16)
    dl = plus(nd, 180)
    amt = 90.00 * len(dates)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.refs_corner([("LETTER ID", lid), ("DCN", dcn)], p.l_margin + W * 0.5, y0, W * 0.5)
    p.rubber(["RECEIVED", "APR 22 2026", "LOCAL 14 WELFARE"], p.l_margin + W - 46, y0 + 10, w=44, angle=6)
    p.f(9.8)
    p.cell(0, 5, slash(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    addr(p, [mem, "c/o Local 14 Member Welfare Office", "18 Union Hall Road", "Sagewater, WY 82930"])
    p.ln(4)
    p.f(13.2, "B")
    p.cell(0, 7, "Notice of Claim Denial", new_x="LMARGIN", new_y="NEXT")
    p.dual_boxes([("Group/Member No.", f"{GROUP} / {mid}", 0.5), ("Claim No.", cn, 0.5)])
    p.para(f"Dear Ms. {mem.split()[-1]}:", 10)
    p.para(f"We received a claim from {SPA} for massage therapy by {LMT}, on four dates in March. We "
           "denied the whole claim.", 9.8)
    p.table(["Date", "Service (CPT)", "Charge", "Plan pays"],
            [[slash(d), "Massage therapy, 60 minutes (97124 x 4)", usd(90.0), "0.00"] for d in dates] +
            [["", "Total", usd(amt), "0.00"]], [28, 96, 28, W - 152], size=8.8, aligns=["L", "L", "R", "R"],
            bold_last=True, row_h=5.4)
    p.heading("Why we denied the claim", 10.6, gap=0.6)
    p.para("Massage therapy given by a massage therapist is not a covered benefit. The Plan Document lists it among "
           "the exclusions (Article IX, item 31: massage, spa and bodywork services, whoever orders them). The plan "
           "does cover physical therapy and chiropractic care for back strain, up to 30 visits a year, when a "
           "licensed physical therapist or chiropractor gives it.", 9.6)
    p.para("We know shearing is hard on the back. If your doctor thinks you need hands-on treatment, ask for a "
           "referral to a network physical therapist; the manual therapy they give is covered.", 9.4)
    p.bar("Your appeal rights", 9.6, shade=210)
    erisa(p, 8.6, stated=dl)
    p.signoff(["Claims Review, for " + PLAN, TPA], 8.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(d) for d in dates], denial_date=iso(nd), provider=SPA,
              appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "provider": ["Kerensa J. Polwhele"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_eob(rng):
    mem = "Anselmo R. Quispe"
    mid = mid_of(rng)
    stmt = dt.date(2026, 4, 24)
    CL = "Ruddock Flat Community Clinic"
    NP = "Inés C. Arellano, FNP"
    claims = [
        (claim_of(rng), dt.date(2026, 4, 6),
         [("99213", "Consulta", 158.00, 25.00, ""), ("12002", "Sutura de herida, 2.6-7.5 cm", 318.00, 0.00, ""),
          ("90715", "Vacuna Tdap", 62.00, 0.00, ""), ("99070", "Insumos y bandeja de curación", 46.00, 0.00, "B7")]),
        (claim_of(rng), dt.date(2026, 4, 16),
         [("99212", "Control y retiro de puntos", 96.00, 25.00, "")]),
    ]
    p = QASheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.2, "B")
    p.cell(0, 6.5, "Explicación de beneficios", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.4, f"Fecha de este estado: {es_date(stmt)}  \u00b7  Esto no es una factura", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    addr(p, [mem, "Campamento de esquiladores, Ruddock Flat Shearing Co.", "Ruddock Flat, ID 83467"], 9.6)
    p.ln(2)
    p.dual_boxes([("Grupo/Núm. de miembro", f"{GROUP} / {mid}", 0.55), ("Proveedor", f"{CL} - {NP}", 0.45)],
                 size=8.4)
    rows = []
    for cn, dos, lines in claims:
        rows.append([es_abbr(dos), f"Reclamo {cn}", "", "", "", "", ""])
        for code, desc, b, owe, note in lines:
            paid = "0.00" if note else n2(round(b * 0.72, 2))
            rows.append(["", "   " + desc, code, n2(b), paid, usd(owe), note])
        rows.append(["", "   Total del reclamo", "", n2(sum(x[2] for x in lines)), "", "", ""])
    p.zebra(["Fecha", "Servicio", "Código", "Cobrado", "Pagó el plan", "Usted debe", "Nota"], rows,
            [22, 74, 16, 20, 22, 20, 10], ["L", "L", "L", "R", "R", "R", "L"], size=7.6, row_h=4.8)
    p.legend_flow("Notas", [
        ("A1", "Pagamos al proveedor. Usted solo paga su copago."),
        ("A4", "Se aplicó a su deducible."),
        ("B7", "Los insumos y la bandeja se pagan como parte de la sutura del mismo día; no se pagan aparte. El "
               "proveedor no le puede cobrar esta línea."),
        ("C2", "El proveedor no está en la red."),
        ("D9", "Lesión en el trabajo: se debe cobrar primero al seguro de accidentes de trabajo del contratista."),
        ("E5", "Sin cobertura: no hay suficientes días de galpón en el trimestre."),
    ], cols=2, size=7.4, code_w=8)
    p.heading("Si no está de acuerdo", 9.8, gap=0.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este estado. Escriba a Fleecehaven Appeals, c/o "
           f"Corriedale Benefit Administrators, {ADDR}, e incluya el número de reclamo. Si necesita ayuda en "
           "español, llame al 1-888-555-0190.", 8.8)
    cn, dos, lines = claims[0]
    t = truth("eob", "coding_error", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=CL, appeal_deadline=iso(plus(stmt, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": ["Inés C. Arellano"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "faxstd_therapy_statement_wc2", "fax_standard_g4", [faxstd_therapy_statement(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_wrist_network_shed_days", "fax_standard_g4", docs, separators=[cover, None],
                      turns={(0, 1): 180}))
    items += [Item(F + "faxfine_lumbar_mri", "fax_fine_g4", [faxfine_lumbar_mri(rng)]),
              Item(F + "lowres_shed_day_lapse", "scan_lowres_150", [lowres_shed_days(rng)]),
              Item(F + "bd_eob_late_clinic", "born_digital", [bd_member_eob(rng)]),
              Item(F + "photocopy_massage_exclusion", "photocopy", [photocopy_massage(rng)]),
              Item(F + "phone_es_eob_wound_supplies", "phone_photo", [phone_es_eob(rng)])]
    return items
