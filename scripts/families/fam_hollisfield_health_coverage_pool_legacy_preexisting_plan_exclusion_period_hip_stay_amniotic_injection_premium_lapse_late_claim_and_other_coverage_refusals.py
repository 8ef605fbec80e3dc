"""Papers of a state high-risk pool's legacy plan, mirrored (structure and plain wording style only) from the
comprehensive health insurance pools that states created by statute for residents whom insurers turned down, some of
which kept a closed 'legacy' plan running for the people already enrolled after the pools stopped taking new members.
Public features kept as themselves: a nonprofit pool created by the state's insurance code and governed by a board of
directors, which hires a claims administrator that prints some papers on the pool's letterhead ('administered by')
and some on its own; a pre-existing condition exclusion period for a condition treated in the months before coverage
began (here: began again after a lapse); premiums billed monthly with a grace period, coverage ending when it runs
out; precertification of planned surgery and hospital stays; the pool as the payer of last resort after any other
coverage; a grievance to the pool, a second-level review by the board and an external review by the state's
insurance department; CPT, HCPCS, revenue and CARC-style group codes as themselves. Invented: the State of
Hollisfield (postal code HL), the Hollisfield Health Coverage Pool and its Legacy Pre-Existing Condition Plan, the
administrator Keel & Marrow Benefit Administrators, LLC (brand "KEEL & MARROW", "a member of the Aubercourt Financial
Group"), the Stainrigg Preferred Network, plan options LPC-1500 and LPC-3000, group HP-0412, member numbers "HCP" +
eight digits (printed grouped "HCP 2084 4715" on some papers), claim numbers of year, day of year, "K" and six
digits, precertification requests "KMP-26-" + five digits, grievances "GR26-" + four digits, the 6-month look-back,
12-month exclusion period, 31-day grace period and 90-day member-filed claim limit, every town, hospital, clinic,
clinician, person, number, amount and address; phones 555.

Documents (8 in 7 files):
- bd_eob_exclusion_period_cardiology_claim_code_only: a born-digital three-page EOB under the pool's letterhead
  (tagline right under the brand, the administrator in small grey print), identifiers in small-capital captions over
  shaded boxes, four claims each with its own claim number and "Rendering ... Billing ..." side by side; the
  cardiology claim's three rows pay 0.00 under PE4 and PE7, cut across the page break; a laboratory claim also pays
  0.00 (applied to the deductible, D1); the legend starts on page 2 with look-alike codes (C20 / C02, D1 / DI, PE1)
  and goes on to page 3 where PE4 and PE7 are explained (not_covered).
- faxstd_hip_replacement_inpatient_stay_outpatient: a standard-fax precertification decision from the administrator
  (brand in capitals with an ampersand, 'a member of' line), captions running with no colon ('Request No   ...',
  'Member ID ... Group ...', 'Plan - ...'), surgeon / PA-C / CRNA / facility boxes: the hip replacement approved,
  the two inpatient days not (outpatient joint program; level_of_care).
- faxstd_stack_amniotic_injection_grievance_then_foot_clinic_statement: a standard-fax stack: the foot clinic's
  typed fax cover note, the pool's grievance decision keeping the refusal of amniotic tissue injections for plantar
  fasciitis (experimental; page 2 upside down; second-level review within 60 days), then the clinic's statement
  (a bill; denies nothing).
- scan300_es_premium_lapse_counseling_sessions: a clean-scan Spanish letter: coverage ended at the end of the grace
  period, three counseling sessions with an LCSW in February not paid (eligibility); day-first dates in the table.
- photocopy_member_filed_therapy_claim_late: a photocopied letter from the administrator, captions under values in
  ruled boxes, two-column prose, a running footer: a member-filed physical therapy claim received after 90 days
  (timely_filing); a stated last day to ask for review.
- photo_colonoscopy_other_coverage_first: a photographed letter: the pool pays last and the member's spouse's school
  district plan must pay first (other); the spouse's ID on the other plan as a decoy.
- rotated_oral_appliance_approved: an approval from the administrator of an oral appliance for sleep apnea by a
  dentist (DMD), values with captions beside them, fed turned (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famra import (ERSheet, abbr, caps_date, dd_mon, digits, dmy_long, dmy_slash, dotted, dr, es_abbr,
                               es_date, first_last, hand_cover, iso, last_first, long, m2, mdyyyy, n2, nodollar,
                               npi, ord_long, out, people, phone, phone_dash, plus, slash, tin, tollfree, truth,
                               tx_date, usd, wday_long, workday, ymd_slash, yy)

FAMILY = ("hollisfield_health_coverage_pool_legacy_preexisting_plan_exclusion_period_hip"
          "_stay_amniotic_injection_premium_lapse_late_claim_and_other_coverage_refusals")
LANG = "en"
SEED = 355070
USED: set = set()

POOL = "Hollisfield Health Coverage Pool"
PLAN = "Legacy Pre-Existing Condition Plan"
ADMIN = "Keel & Marrow Benefit Administrators, LLC"
POOL_ALT = [POOL, "Hollisfield Health Coverage Pool Legacy Pre-Existing Condition Plan", "Hollisfield Pool"]
ADMIN_ALT = [ADMIN, "Keel & Marrow Benefit Administrators", "Keel & Marrow", POOL]
POOL_ADDR = ["1400 Capitol Mall, Suite 610", "Ravelsburg, HL 60418"]
ADMIN_ADDR = ["P.O. Box 88130", "Vessington, HL 60733"]
GROUP = "HP-0412"
P15, P30 = "LPC-1500", "LPC-3000"
AREA = "471"
POOL_FOOT = ("The Hollisfield Health Coverage Pool is a nonprofit entity created by the Hollisfield Insurance Code, "
             "Title 27, ch. 9, and governed by a Board of Directors  \u00b7  Fed. tax ID 84-4417302")
ADMIN_FOOT = ("Keel & Marrow Benefit Administrators, LLC  \u00b7  licensed third party administrator, HL TPA "
              "license 00-7731  \u00b7  a member of the Aubercourt Financial Group")


def mid(rng) -> str:
    return f"HCP{digits(rng, 8)}"


def grouped(m: str) -> str:
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}K{digits(rng, 6)}"


def pool_head(p: ERSheet, rng, box: str | None = None, es: bool = False):
    right = [POOL_ADDR[0], POOL_ADDR[1], f"Member services {tollfree(rng, '877')}  (TTY 711)",
             f"Fax {phone(rng, AREA)}", "hollisfieldpool.example"]
    if es:
        p.brand_stack(POOL, tagline="Cobertura médica para residentes de Hollisfield que otras aseguradoras rechazaron",
                      member_of=f"{PLAN} (Plan Legado para Condiciones Preexistentes)",
                      admin=f"administrado por {ADMIN} bajo contrato con la Junta Directiva",
                      right=right, box=box, size=15.5)
    else:
        p.brand_stack(POOL, tagline="Health coverage for Hollisfield residents other insurers turned away",
                      member_of=PLAN,
                      admin=f"administered by {ADMIN} under contract with the Board of Directors",
                      right=right, box=box, size=15.5)


def admin_head(p: ERSheet, rng, box: str | None = None):
    p.brand_stack("KEEL & MARROW", tagline="Benefit administration  \u00b7  care review  \u00b7  claims",
                  member_of="a member of the Aubercourt Financial Group",
                  right=[ADMIN_ADDR[0], ADMIN_ADDR[1], f"Care review {tollfree(rng, '855')}",
                         f"Care review fax {phone(rng, AREA)}"],
                  box=box, size=21, spacing=1.2,
                  under_rule=f"Claims administrator for the {POOL}  \u00b7  {PLAN}")


def addr_block(p: ERSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: ERSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "pl", sexes="F", used=USED)[0]
    pcp, cardio, od, labdir = people(rng, 4, "pc", sexes="MFMF", used=USED)
    m = mid(rng)
    sd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    reinst = dt.date(2025, 11, 1)
    excl_end = dt.date(2026, 10, 31)
    v_pcp = dt.date(2026, 1, 27)
    v_lab = dt.date(2026, 1, 29)
    v_c1 = dt.date(2026, 2, 3)
    v_c2 = dt.date(2026, 2, 10)
    v_od = dt.date(2026, 2, 24)
    heart = "Ashgarth Heart Associates, PC"
    claims = [
        ("Vessington Family Practice", dr(pcp, "DO"), v_pcp,
         [(v_pcp, "99214", "Office visit, established patient", 184.00, 121.40, 0.00, 24.28, 97.12, "C20"),
          (v_pcp, "80053", "Comprehensive metabolic panel", 62.00, 18.90, 0.00, 3.78, 15.12, "C20"),
          (v_pcp, "85025", "Complete blood count", 38.00, 9.80, 0.00, 1.96, 7.84, "C20")]),
        ("Ravelsburg Diagnostic Laboratory", dr(labdir, "MD") + " (laboratory director)", v_lab,
         [(v_lab, "83036", "Hemoglobin A1c", 58.00, 14.20, 14.20, 0.00, 0.00, "D1"),
          (v_lab, "80061", "Lipid panel", 71.00, 19.35, 19.35, 0.00, 0.00, "D1")]),
        (heart, dr(cardio, "MD"), v_c1,
         [(v_c1, "99204", "Office visit, new patient", 412.00, 0.00, 0.00, 0.00, 0.00, "PE4"),
          (v_c2, "93306", "Echocardiogram, complete", 1286.00, 0.00, 0.00, 0.00, 0.00, "PE7"),
          (v_c2, "93015", "Treadmill stress test", 694.00, 0.00, 0.00, 0.00, 0.00, "PE7")]),
        ("Tollgrave Eye Care, PLLC", dr(od, "OD"), v_od,
         [(v_od, "92004", "Eye exam, new patient (diabetes)", 236.00, 142.60, 0.00, 28.52, 114.08, "C20")]),
    ]
    rcvd = [plus(c[2], rng.randint(6, 12)) for c in claims]
    nos = [claim_no(rng, r) for r in rcvd]
    den = 2
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=POOL_FOOT,
                every=f"{first_last(member)}  \u00b7  {grouped(m)}  \u00b7  statement of {slash(sd)}")
    p.set_margins(14, 15, 14)
    p.add_page()
    pool_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [member.upper(), "88 Quarry Hollow Rd", "Cressly, HL 60651"], 9.2)
    p.sc_shade([("Member", first_last(member), 0.27), ("Member no.", grouped(m), 0.2), ("Plan option", P15, 0.16),
                ("Group", GROUP, 0.15), ("Statement date", long(sd), 0.22)], size=9.0)
    tb = [sum(x[3] for x in c[3]) for c in claims]
    tp = [sum(x[7] for x in c[3]) for c in claims]
    p.sc_shade([("Claims on this statement", str(len(claims)), 0.25), ("Billed by providers", usd(sum(tb)), 0.25),
                ("The Pool paid", usd(sum(tp)), 0.25), ("Deductible met in 2026", "$1,118.70 of $1,500.00", 0.25)],
               size=8.6, shade=238)
    p.para(f"Your coverage was reinstated on {long(reinst)}. Care for a condition you were diagnosed with or treated "
           f"for in the 6 months before that date is not covered until your exclusion period ends on {long(excl_end)}. "
           "All other covered care is paid as usual.", 7.9)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (bill, rend, _, lines) in enumerate(claims):
        rows.append(("span", f"Claim {nos[i]}    received {dotted(rcvd[i])}"))
        rows.append(("note", f"Rendering: {rend}          Billing: {bill}"))
        for j, (d, code, s, b, a, ded, co, pd, rc) in enumerate(lines):
            rows.append([yy(d), code, s, n2(b), n2(a), n2(ded), n2(co), n2(pd), rc])
            if i == den and j == 0:
                rows.append(("break",))
        rows.append(("bold", ["", "", "Claim total", n2(tb[i]), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), n2(tp[i]), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "Statement totals", n2(sum(tb)), n2(sum(sum(x[4] for x in c[3]) for c in claims)),
                          "33.55", n2(sum(sum(x[6] for x in c[3]) for c in claims)), n2(sum(tp)), ""]))
    p.claim_rows(["Date", "Code", "Service", "Billed", "Allowed", "Deductible", "Coinsurance", "Pool paid", "Code"],
                 [W * k / 100 for k in (9, 7, 28, 9, 9, 10, 11.5, 9, 7.5)],
                 ["L", "L", "L", "R", "R", "R", "R", "R", "L"], rows, size=7.7)
    p.para("Example only: if a network provider bills $250.00 and the Stainrigg allowance is $150.00, the provider may "
           "not bill you for the $100.00 difference.", 7.4)
    y0 = p.get_y()
    yb = p.money_box("Your 2026 benefits so far", [("Deductible (per year)", "$1,500.00"), ("Deductible met", "$1,118.70"),
                                                   ("Out-of-pocket maximum", "$6,500.00"),
                                                   ("Out-of-pocket met", "$1,402.95"),
                                                   ("Lifetime benefits paid", "$48,215.06")], w=84, size=8.2,
                     bold_last=False)
    p.set_xy(p.l_margin + 90, y0)
    p.f(8.2, "B")
    p.cell(0, 4.4, "Messages", new_x="LEFT", new_y="NEXT")
    p.f(7.8)
    p.multi_cell(W - 90, 3.8, "Premiums for the legacy plan change on July 1 each year; the Board will mail the new rates "
                 "by May 31. Pay by the 1st of each month: coverage ends if a premium is still unpaid when the 31-day "
                 "grace period runs out. To pay by bank draft, call member services.", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yb, p.get_y()) + 4)
    p.legend_split("What the codes mean", [
        ("C20", "Paid at 80% of the allowed amount after the deductible. The other 20% is your coinsurance."),
        ("C02", "Paid at 100% of the allowed amount: you have met your out-of-pocket maximum for the year."),
        ("D1", "The allowed amount was applied to your deductible, so the Pool paid nothing on this line. You pay the "
               "provider up to the allowed amount."),
        ("DI", "Deductible credit carried over from your earlier coverage was applied."),
        ("N45", "The charge is more than the Stainrigg Preferred Network allowance. A network provider may not bill "
                "you for the difference."),
        ("PE1", "The pre-existing condition exclusion period does not apply to this service: credit for earlier "
                "coverage was given."),
        ("PE4", "Not payable. This visit was for a condition you were diagnosed with or treated for in the 6 months "
                "before your coverage was reinstated. Care for that condition is not covered until your exclusion "
                "period ends (the date is on page 1). You may be billed for the full charge."),
        ("PE7", "Not payable. This test was done to check or follow a condition that falls under your exclusion "
                "period. The same test done for another reason is paid as usual."),
        ("P47", "Precertification was required and was not obtained."),
        ("LM9", "The lifetime maximum of benefits has been reached."),
        ("T90", "Received more than 90 days after the date of service (claims you file yourself)."),
    ], split_at=6, cont_note="The list of codes continues on page 3.", cont_title="What the codes mean (continued)",
        size=7.5, code_w=11)
    p.bar("If you disagree", 8.8)
    p.para("You, or someone you name in writing, may file a grievance about any claim on this statement within 180 days "
           f"of the date of this statement. Write to the Grievance Unit, {POOL}, {POOL_ADDR[0]}, {POOL_ADDR[1]}, or "
           "call member services. Send the claim number and any records or letters you want us to read. If your "
           "grievance is about care you still need, ask for a fast review.", 7.9)
    p.para("If the Pool keeps its decision after your grievance and the Board's review, you may ask the Hollisfield "
           "Department of Insurance for an external review within 4 months of the final decision.", 7.9)
    p.rights(POOL, tollfree(rng, "877"), size=7.0)
    t = truth("eob", "not_covered", insurer=POOL, plan_id=P15, group=GROUP, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(tb[den]), service_dates=[iso(v_c1), iso(v_c2)], denial_date=iso(sd),
              provider=dr(cardio, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": POOL_ALT, "provider": [cardio, heart, "Ashgarth Heart Associates"]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_hip(rng):
    member = people(rng, 1, "pl", sexes="F", used=USED)[0]
    surg, pa, crna, rn, md = people(rng, 5, "pc", sexes="MFMFM", used=USED)
    practice = "Tollgrave Orthopaedic & Spine, PLLC"
    hosp = "Ravelsburg General Hospital"
    m = mid(rng)
    rcv = workday(dt.date(2026, 3, rng.randint(2, 5)))
    nd = workday(plus(rcv, rng.randint(5, 7)))
    planned = workday(plus(nd, rng.randint(24, 30)))
    dis = plus(planned, 2)
    req = f"KMP-26-{digits(rng, 5)}"
    auth = f"KMA-26-{req[-5:-2]}{digits(rng, 2)}"
    tx = (f"{yy(nd)} {rng.randint(14, 16)}:{rng.randint(10, 59):02d}  KEEL&MARROW CARE REVIEW  {AREA}555{digits(rng, 4)}"
          f" -> {AREA}555{digits(rng, 4)}  P.{{n}}/{{t}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION DECISION")
    p.run_line([("To", f"{practice}, surgery scheduling"), ("Fax", phone_dash(rng, AREA))], sep="gap", size=8.8,
               bold_val=False)
    p.run_line([("Notice date", long(nd)), ("Request No", req), ("Received", slash(rcv))], sep="gap", size=8.8)
    p.run_line([("Member ID", m), ("Group", GROUP), ("Plan", f"{P30} Legacy")], sep="none", size=8.8)
    p.run_line([("Patient", last_first(member)), ("Born", slash(dt.date(1963, rng.randint(1, 12), rng.randint(1, 28))))],
               sep="dash", size=8.8)
    p.ln(2)
    p.prov_side([("Requesting surgeon", [dr(surg, "MD"), practice, f"NPI {npi(rng)}"]),
                 ("Surgical team named", [dr(pa, "PA-C"), "first assistant", dr(crna, "CRNA"), "anesthesia"]),
                 ("Facility", [hosp, "Joint Replacement Center, 3 West", f"NPI {npi(rng)}"])], size=8.4)
    p.bar("What was asked and what we decided", 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Service asked for", "Code", "Planned dates", "Decision"],
                 [["Total hip replacement, left", "27130", slash(planned), f"Approved - {auth}"],
                  ["Anesthesia for hip replacement", "01214", slash(planned), "Approved"],
                  ["Inpatient admission, 2 days", "0110", f"{slash(planned)} to {slash(dis)}", "Not approved"]],
                 [W * k / 100 for k in (40, 10, 27, 23)], ["L", "L", "L", "L"], size=8.2)
    p.para(f"Dr. {surname(surg)} asked us to approve a left hip replacement for {first_last(member)} at {hosp} "
           f"with two nights in the hospital after surgery. We approved the surgery and the anesthesia. We did not "
           "approve the two inpatient days.", 9.0)
    p.para("Why: the records sent with the request show that she walks with a cane, lives with her husband, who can "
           "help her at home, and has no heart, lung, kidney or bleeding problem that would need nursing care overnight. "
           "For a patient like this the plan covers hip replacement as outpatient surgery: she may go home the same day, "
           f"or stay in the hospital's extended recovery unit for less than 24 hours. {hosp} runs an outpatient joint "
           "program, and the approval above covers it. If something happens during or after surgery that makes an "
           "inpatient stay needed, the hospital should call us that day and we will review it again.", 9.0)
    p.para("We used the Pool's medical policy on inpatient and outpatient joint replacement (policy KM-MP-214) and "
           "the records from your office dated February 26, 2026.", 8.6)
    p.add_page()
    p.bar("Talk with our reviewer", 9.0)
    p.para(f"Dr. {surname(surg)} may call our physician reviewer, {dr(md, 'MD')}, to discuss this decision at "
           f"{tollfree(rng, '855')}, extension 4, within 5 business days of the date of this notice.", 9.0)
    p.bar("Appeal rights", 9.0)
    p.para("The member, or the surgeon with the member's written consent, may appeal this decision. Send the appeal "
           "within 180 days of the date of this notice to the Grievance Unit of the "
           f"{POOL}, {POOL_ADDR[0]}, {POOL_ADDR[1]}. Include the request number and any records that were not sent "
           "before.", 9.0)
    p.para("If waiting for a standard appeal could seriously harm the member's health, ask for an expedited appeal by "
           "telephone; we decide those within 72 hours. After the Pool's final decision the member may ask the "
           "Hollisfield Department of Insurance for an external review within 4 months.", 9.0)
    p.ln(3)
    p.signers([rn, "Nurse reviewer, HL RN 0044716", ADMIN], [dr(md, "MD"), "Physician reviewer, HL MD 19-2207",
                                                             f"for the {POOL}"])
    p.ln(2)
    p.para(f"cc: {first_last(member)} (member), by mail", 8.0)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=P30, group=GROUP, member_id=m,
              member_name=member, cases=[req], claim_amount=None,
              service_dates=[f"{iso(planned)}/{iso(dis)}"], denial_date=iso(nd), provider=dr(surg, "MD"),
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [surg, practice, "Tollgrave Orthopaedic & Spine"],
                          "service_dates": [[iso(planned)]], "case_numbers": [[req, auth]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def surname(full: str) -> str:
    return full.split()[-1]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "pl", sexes="M", used=USED)[0]
    dpm, chair, meddir, clerk = people(rng, 4, "pc", sexes="FMFF", used=USED)
    clinic = "Ebbesford Foot & Ankle Associates"
    m = mid(rng)
    s1 = dt.date(2026, 1, rng.randint(12, 16))
    s2 = plus(s1, 28)
    den1 = plus(s2, 19)
    meet = workday(dt.date(2026, 4, rng.randint(13, 16)))
    ld = workday(plus(meet, rng.randint(2, 4)))
    clm = claim_no(rng, plus(s2, 8))
    grv = f"GR26-{digits(rng, 4)}"
    lines = [(s1, "20550", "Injection, plantar fascia, left", 240.00),
             (s1, "J3590", "Amniotic tissue product, unclassified biologic", 1150.00),
             (s2, "20550", "Injection, plantar fascia, left", 240.00),
             (s2, "J3590", "Amniotic tissue product, unclassified biologic", 1150.00)]
    total = sum(x[3] for x in lines)
    # (o) the clinic's fax cover note
    fx_sent = plus(ld, 9)
    tx = (f"{tx_date(fx_sent)}  {rng.randint(9, 11)}:{rng.randint(10, 59):02d}  EBBESFORD F&A BILLING  "
          f"{AREA}555{digits(rng, 4)}  PAGE {{n2}}")
    cover = hand_cover([clinic, "Billing office", f"712 Millrace St, Ebbesford, HL 60522  \u00b7  {phone(rng, AREA)}"],
                       [("To:", "Hollisfield Legal Aid, Health Advocacy Desk"), ("Attn:", "Patient advocate"),
                        ("Fax:", phone(rng, AREA)), ("Date:", mdyyyy(fx_sent)), ("Pages:", "4 with this one"),
                        ("Re:", f"{first_last(member)}, grievance and balance")],
                       [f"As you asked on the phone, here is the Pool's letter that {first_last(member).split()[0]} "
                        "got in April and our latest statement. We have put the account on hold for 30 days while "
                        "you look at it.", "Call me if you need the office notes."],
                       f"{clerk.split()[0]} {surname(clerk)}, billing", tx=tx)
    # (i) the Pool's grievance decision, two pages
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=POOL_FOOT, tx=tx, tx_off=1)
    p.set_margins(20, 17, 20)
    p.add_page()
    pool_head(p, rng, box="GRIEVANCE DECISION")
    addr_block(p, [member, "1907 Tanyard Rd", "Ebbesford, HL 60524"], 9.4)
    p.boxes([[("Grievance no.", grv, 0.18), ("Claim no.", clm, 0.24), ("Member no.", grouped(m), 0.2),
              ("Plan / group", f"{P15} / {GROUP}", 0.22), ("Decision date", ymd_slash(ld), 0.14)]], size=8.4,
            under=True)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(meet)} the Grievance Committee of the {POOL} met to consider your grievance about the claim "
           f"from {clinic} for injections of amniotic tissue into your left heel given by {dr(dpm, 'DPM')} on "
           f"{long(s1)} and {long(s2)}. We told you on {long(den1)} that the Pool would not pay for them. The "
           "Committee has decided to keep that decision.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(d), c, s, n2(a), "0.00"] for d, c, s, a in lines] + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (15, 10, 51, 12, 12)], ["L", "L", "L", "R", "R"], size=8.2,
                 bold_rows=(len(lines),))
    p.para_cols([
        "What the Committee read: your letter, the office notes of Dr. " + surname(dpm) + ", who wrote that the heel "
        "pain had lasted 14 months and had not eased with stretching, night splints or shoe inserts, two published "
        "studies she sent, and the Pool's medical policy on injections of amniotic and placental tissue. A foot and "
        "ankle surgeon who does not work for the Pool also read the file.",
        "Why: the Plan does not pay for services that are investigational, which means that the medical studies "
        "published so far do not show that they work as well as, or better than, the usual care. The studies of "
        "amniotic tissue injections for heel pain are few, small and short, and most were paid for by the companies "
        "that make the products. Steroid injections, physical therapy, shock wave therapy after six months of other "
        "care, and surgery when nothing else helps are covered.",
        "This decision is about payment only. It does not tell you or your doctor what care to have.",
    ], size=8.6)
    p.add_page()
    p.bar("What you can do next", 9.2)
    p.para("Second-level review by the Board: you may ask the Board of Directors to review this decision. Your request "
           "must be sent within 60 days of the date of this letter. You may come to the Board's meeting in person or by "
           "telephone, and you may bring someone to speak for you.", 9.0)
    p.para("External review: after the Board's decision, or if the Pool does not decide on time, you may ask the "
           "Hollisfield Department of Insurance for an external review by an independent reviewer within 4 months. "
           "The Department's consumer line is " + tollfree(rng, "800") + ".", 9.0)
    p.para("You may ask for copies of everything the Committee read, free of charge.", 9.0)
    p.ln(3)
    p.signers([chair, "Chair, Grievance Committee", POOL], [dr(meddir, "MD"), "Medical Director", ADMIN])
    p.f(7.8)
    p.cell(0, 4, f"Decision mailed {ld.day} {ld.strftime('%b %Y')}  \u00b7  {grv}", new_x="LMARGIN", new_y="NEXT")
    appeal = out(p)
    appeal_t = truth("denial_letter", "experimental", insurer=POOL, plan_id=P15, group=GROUP, member_id=m,
                     member_name=member, cases=[grv, clm], claim_amount=m2(total),
                     service_dates=[iso(s1), iso(s2)], denial_date=iso(ld), provider=dr(dpm, "DPM"),
                     appeal_deadline=iso(plus(ld, 60)),
                     alternates={"insurer": POOL_ALT, "case_numbers": [[grv], [clm]],
                                 "provider": [dpm, clinic]})
    # (ii) the clinic's statement
    q = ERSheet(footer=None, tx=tx, tx_off=3)
    q.set_margins(16, 16, 16)
    q.add_page()
    q.f(16, "B")
    q.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    q.cell(0, 4, f"712 Millrace St  \u00b7  Ebbesford, HL 60522  \u00b7  {phone(rng, AREA)}  \u00b7  Tax ID {tin(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    stmt = plus(ld, rng.randint(5, 7))
    acct = f"EFA-{digits(rng, 6)}"
    y0 = q.get_y()
    addr_block(q, [member.upper(), "1907 Tanyard Rd", "Ebbesford, HL 60524"], 9.4)
    q.kv_box([("Statement date", slash(stmt)), ("Account no.", acct), ("Pay by", slash(plus(stmt, 25))),
              ("Amount due", usd(total))], q.w - q.r_margin - 78, y0, 78, cap_w=32, size=9.0)
    q.set_y(max(q.get_y(), y0 + 30))
    q.bar("Patient statement", 10)
    q.run_line([("Insurance", POOL), ("ID", m)], sep="gap", size=8.6, bold_val=False)
    q.run_line([("Treating podiatrist", dr(dpm, "DPM"))], sep="gap", size=8.6, bold_val=False)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date", "Code", "Description", "Charge", "Insurance", "Adjust.", "Balance"],
                 [[yy(d), c, s, n2(a), "0.00", "0.00", n2(a)] for d, c, s, a in lines]
                 + [["", "", "Totals", n2(total), "0.00", "0.00", n2(total)]],
                 [W * k / 100 for k in (11, 8, 41, 10, 10, 9, 11)], ["L", "L", "L", "R", "R", "R", "R"], size=8.2,
                 bold_rows=(len(lines),))
    q.framed_note(f"Your insurance did not pay these visits and kept its decision on {long(ld)}. The balance is now "
                  "yours. At your advocate's request the account is on hold for 30 days. If you cannot pay in full, "
                  "ask about a payment plan of as little as $50.00 a month.", 8.8)
    q.para("Please detach and return the lower part with your payment. We accept checks, cards and cash.", 8.4)
    q.ln(10)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.ln(3)
    q.f(8.6)
    q.cell(0, 5, f"{member.upper()}    Account {acct}    Amount due {usd(total)}    Amount enclosed $__________",
           new_x="LMARGIN", new_y="NEXT")
    stmt_pdf = out(q)
    stmt_t = truth("other", None, insurer=None, member_id=m, member_name=member, claim_amount=m2(total),
                   service_dates=[iso(s1), iso(s2)], denial_date=iso(stmt), provider=clinic,
                   alternates={"provider": [dr(dpm, "DPM"), dpm], "service_dates": [[]]},
                   unscored=["insurer"])
    return cover, [(appeal, appeal_t), (stmt_pdf, stmt_t)]


# ---------------------------------------------------------------------------------------------------------------
def scan300_es(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    lcsw, sig = people(rng, 2, "es", sexes="MF", used=USED)
    center = "Centro de Consejería Vessington"
    m = mid(rng)
    ended = dt.date(2026, 1, 31)
    sess = [dt.date(2026, 2, 5), dt.date(2026, 2, 12), dt.date(2026, 2, 19)]
    ld = workday(dt.date(2026, 3, rng.randint(4, 6)))
    clm = claim_no(rng, plus(sess[-1], 7))
    fee = 185.00
    total = fee * len(sess)
    p = ERSheet(footer="Página {n} de {nb}", ids_foot=POOL_FOOT)
    p.set_margins(20, 17, 20)
    p.add_page()
    pool_head(p, rng, box="AVISO DE RECLAMO NO PAGADO", es=True)
    p.f(9.4)
    p.cell(0, 5, f"Ravelsburg, Hollisfield, {es_date(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [member, "415 Calle del Molino, Apt. 3", "Vessington, HL 60731"], 9.4)
    p.run_line([("N.º de miembro", m), ("Grupo", GROUP)], sep="none", size=9.0)
    p.run_line([("Reclamo", clm)], sep="dash", size=9.0)
    p.run_line([("Plan", P15), ("Proveedor", f"{center} - Lic. {lcsw}, LCSW")], sep="gap", size=9.0)
    p.ln(2)
    p.para(f"Estimada señora {surname(member)}:", 9.6)
    p.para(f"Recibimos un reclamo de {center} por tres sesiones de consejería con Lic. {lcsw}, LCSW, los días "
           f"{es_date(sess[0])}, {es_date(sess[1])} y {es_date(sess[2])}. El Fondo no puede pagarlas.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cargo", "Pagado"],
                 [[dmy_slash(d), "90837", "Psicoterapia, 60 minutos", n2(fee), "0.00"] for d in sess]
                 + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (17, 12, 45, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6,
                 bold_rows=(len(sess),))
    p.bar("Por qué", 9.4)
    p.para("Su cobertura terminó el 31 de enero de 2026. La prima de enero, de $642.00, vencía el 1 de enero. El plan "
           "da un período de gracia de 31 días para pagarla; el pago no llegó antes de que terminara ese período, y "
           f"el {es_date(plus(ended, 3))} le enviamos el aviso de terminación. Las sesiones fueron después de esa "
           "fecha, cuando usted ya no tenía cobertura con el Fondo, y por eso no se pueden pagar.", 9.2)
    p.bar("Qué puede hacer", 9.4)
    p.bullets([
        "Si usted pagó la prima de enero a tiempo, envíenos una copia del cheque cancelado o del recibo del banco. "
        "Si el pago llegó a tiempo, volveremos a procesar el reclamo.",
        "Si no está de acuerdo con esta decisión, puede presentar una queja formal (apelación) por escrito dentro de "
        "los 180 días siguientes a la fecha de esta carta. Escriba a la Unidad de Quejas, " + POOL + ", "
        + POOL_ADDR[0] + ", " + POOL_ADDR[1] + ".",
        "El plan legado no acepta miembros nuevos. Si desea otra cobertura, el mercado de seguros de salud de "
        "Hollisfield puede ayudarle; llame al " + tollfree(rng, "800") + ".",
    ], size=9.0)
    p.para("Si necesita esta carta en inglés, en letra grande o leída en voz alta, llame a Servicios al Miembro. "
           "El servicio es gratis.", 8.6)
    p.ln(2)
    sign(p, [sig, "Servicios al Miembro", POOL], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=POOL, plan_id=P15, group=GROUP, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in sess], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": POOL_ALT, "provider": [f"{lcsw}, LCSW", lcsw, f"Lic. {lcsw}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    member = people(rng, 1, "pl", sexes="M", used=USED)[0]
    dpt, sig = people(rng, 2, "pc", sexes="FM", used=USED)
    pt = "Ambleway Physical Therapy, LLC"
    m = mid(rng)
    visits = [dt.date(2026, 1, 8), dt.date(2026, 1, 15), dt.date(2026, 1, 22), dt.date(2026, 1, 29)]
    post = dt.date(2026, 5, 8)
    rcv = dt.date(2026, 5, 12)
    ld = workday(dt.date(2026, 5, rng.randint(19, 21)))
    clm = claim_no(rng, rcv)
    last_day = plus(ld, 180)
    rows, total = [], 0.0
    for d in visits:
        for c, s, a in (("97110", "Therapeutic exercise, 2 units", 142.00), ("97140", "Manual therapy, 1 unit", 78.00)):
            rows.append([slash(d), c, s, nodollar(a)])
            total += a
    p = ERSheet(footer="Page {n} of {nb}",
                ids_foot=f"Member {m}  \u00b7  Claim {clm}  \u00b7  {ADMIN}, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}")
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "3310 Old Ferry Rd", "Ambleway, HL 60815"], 9.4)
    p.boxes([[("Date of this letter", long(ld), 0.25), ("Claim number", clm, 0.25), ("Member number", m, 0.25),
              ("Plan option", P30, 0.25)],
             [("Provider (you paid and filed the claim yourself)", f"{pt}\n{dr(dpt, 'DPT')}, treating therapist", 0.6),
              ("Your claim form", f"received {slash(rcv)}", 0.4)]], size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date of service", "Code", "Service", "Charge"], rows + [["", "", "Total charged", usd(total)]],
                 [W * k / 100 for k in (20, 12, 50, 18)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(rows),))
    p.para_cols([
        f"Dear {first_last(member)}: thank you for sending the claim form and the paid receipts for your physical "
        f"therapy visits at {pt} in January. Your envelope was postmarked {long(post)} and reached us on "
        f"{long(rcv)}.",
        "When you pay a provider yourself and send us the claim, the plan needs it within 90 days after the date of "
        "each visit. That rule is in the member handbook under 'Filing your own claim'. The last visit on this claim "
        "was on January 29, 2026, so the claim needed to reach us by April 29, 2026. It came later than that for "
        "every visit, and we cannot pay it.",
        "If something kept you from sending the claim on time, for example a stay in the hospital, tell us what it "
        "was and send anything that shows it. The plan may accept a late claim when it was not reasonably possible "
        "to send it sooner.",
        f"You may ask us to look at this again. Your request must reach us by {long(last_day)}. Send it to the "
        f"Grievance Unit of the {POOL} at {POOL_ADDR[0]}, {POOL_ADDR[1]}.",
        "Receipts you sent: nos. 0417, 0422, 0431 and 0436, total $880.00, paid by card.",
    ], size=8.6)
    p.ln(3)
    sign(p, [sig, "Member Claims", ADMIN, f"for the {POOL}"])
    t = truth("denial_letter", "timely_filing", insurer=ADMIN, plan_id=P30, group=None, member_id=m,
              member_name=member, cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=pt, appeal_deadline=iso(last_day),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(dpt, "DPT"), dpt, "Ambleway Physical Therapy"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_cob(rng):
    member = people(rng, 1, "pl", sexes="M", used=USED)[0]
    spouse = people(rng, 1, "pl", sexes="F", last=surname(member), used=USED)[0]
    gi, sig = people(rng, 2, "pc", sexes="MF", used=USED)
    center = "Cressly Endoscopy Center"
    m = mid(rng)
    dos = workday(dt.date(2026, 4, rng.randint(6, 9)))
    ld = workday(plus(dos, rng.randint(21, 25)))
    clm = claim_no(rng, plus(dos, 5))
    other_id = f"KUS-{digits(rng, 4)}-{digits(rng, 4)}-01"
    lines = [("45380", "Colonoscopy with biopsy", 1940.00), ("A4550", "Surgical tray", 86.00),
             ("J2704", "Propofol, 10 mg", 48.50)]
    total = sum(x[2] for x in lines)
    last_day = plus(ld, 150)
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=POOL_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    pool_head(p, rng, box="WE NEED THE OTHER PLAN'S EOB")
    addr_block(p, [member, "45 Beacon Ridge Ct", "Cressly, HL 60652"], 9.4)
    p.f(9.4)
    p.cell(0, 5, abbr(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_line([("Member ID", grouped(m)), ("Group", GROUP)], sep="none", size=9.0)
    p.run_line([("Claim", clm), ("Plan", P15)], sep="dash", size=9.0)
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received a claim from {center} for your colonoscopy on {long(dos)}. The doctor was", 9.4)
    p.f(9.4, "B")
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.8, dr(gi, "DO"), new_x="LMARGIN", new_y="NEXT")
    p.f(9.0)
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.6, f"{center}, 220 Sawmill Rd, Cressly, HL 60651", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Total", usd(total)]],
                 [W * k / 100 for k in (16, 62, 22)], ["L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Why we have not paid it", 9.4)
    p.para("The Pool pays last. By law it pays only after any other health coverage you have has paid its share. Our "
           f"records show that since January 1, 2026 you are also covered as a dependent on your wife's plan:", 9.2)
    p.boxes([[("Other plan", "Kestonbury Unified Schools Employee Health Plan", 0.56),
              ("Subscriber", first_last(spouse), 0.19), ("Subscriber ID", other_id, 0.25)]], size=7.9)
    p.para("Please send this claim to that plan first. When it has paid, send us a copy of its explanation of benefits, "
           "and we will pay what the Pool owes, up to what it would have paid on its own. If that coverage has ended, "
           "send us a letter from the other plan that shows the date it ended, and we will process the claim again.",
           9.2)
    p.para(f"If you think we have this wrong, tell us in writing no later than {long(last_day)}.", 9.2)
    p.ln(2)
    sign(p, [sig, "Coordination of Benefits Unit", POOL])
    t = truth("denial_letter", "other", insurer=POOL, plan_id=P15, group=GROUP, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=dr(gi, "DO"), appeal_deadline=iso(last_day),
              alternates={"insurer": POOL_ALT, "provider": [gi, center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member = people(rng, 1, "pl", sexes="F", used=USED)[0]
    dmd, sleep, rn = people(rng, 3, "pc", sexes="MFF", used=USED)
    office = "Tollgrave Dental Sleep Medicine"
    m = mid(rng)
    rcv = workday(dt.date(2026, 3, rng.randint(23, 26)))
    ld = workday(plus(rcv, 4))
    fit = workday(plus(ld, rng.randint(18, 24)))
    auth = f"KMA-26-{digits(rng, 5)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(20, 17, 20)
    p.add_page()
    admin_head(p, rng, box="APPROVAL")
    y0 = p.get_y()
    addr_block(p, [member, "2071 Orchard Bend", "Tollgrave, HL 60390"], 9.4)
    yb = p.bare_ids([(abbr(ld), "date of this notice"), (auth, "approval number"), (grouped(m), "member number"),
                     (P30, "plan option"), (GROUP, "group")], p.w - p.r_margin - 78, y0, 78, size=8.8)
    p.set_y(max(p.get_y(), yb) + 3)
    p.subject_line("Your oral appliance for sleep apnea is approved")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"{dr(dmd, 'DMD')} of {office} asked us on {long(rcv)} to approve a custom oral appliance for your "
           f"obstructive sleep apnea, prescribed by {dr(sleep, 'MD')} after your sleep study. We have approved it.",
           9.4)
    p.boxes([[("Approved", "E0486 custom oral appliance, fitted", 0.6),
              ("Fitting planned", slash(fit), 0.2), ("Approval good through", slash(plus(fit, 90)), 0.2)]],
            size=8.6)
    p.para("What it costs: the office's estimate is $2,150.00. The Stainrigg network allowance is $1,684.00. After your "
           "deductible, the plan pays 80% of the allowance and you pay the rest. The office may not bill you more "
           "than the allowance.", 9.2)
    p.para("An approval is not a promise of payment if your coverage ends before the appliance is fitted. If the "
           "fitting moves past the 'good through' date, the office should call us.", 9.0)
    p.para("Nothing has been denied. You do not need to do anything.", 9.2)
    p.ln(2)
    sign(p, [dr(rn, "RN"), "Care Review", ADMIN, f"for the {POOL}"])
    t = truth("other", None, insurer=ADMIN, plan_id=P30, group=GROUP, member_id=m, member_name=member, cases=[auth],
              claim_amount=None, service_dates=[iso(fit)], denial_date=iso(ld), provider=dr(dmd, "DMD"),
              appeal_deadline=None,
              alternates={"insurer": ADMIN_ALT, "provider": [dmd, office], "service_dates": [[]],
                          "claim_amount": [None, "2150.00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    cover, stack_docs = None, None
    items = [Item(f"{f}_bd_eob_exclusion_period_cardiology_claim_code_only", "born_digital", [bd_eob(rng)]),
             Item(f"{f}_faxstd_hip_replacement_inpatient_stay_outpatient", "fax_standard_g4", [faxstd_hip(rng)])]
    cover, stack_docs = faxstd_stack(rng)
    items += [
        Item(f"{f}_faxstd_stack_amniotic_injection_grievance_then_foot_clinic_statement", "fax_standard_g4",
             stack_docs, separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_scan300_es_premium_lapse_counseling_sessions", "scan_clean_300", [scan300_es(rng)]),
        Item(f"{f}_photocopy_member_filed_therapy_claim_late", "photocopy", [photocopy_late(rng)]),
        Item(f"{f}_photo_colonoscopy_other_coverage_first", "phone_photo", [photo_cob(rng)]),
        Item(f"{f}_rotated_oral_appliance_approved", "rotated", [rotated_approval(rng)]),
    ]
    return items
