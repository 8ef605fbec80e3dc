"""An invented accident plan for film and television stunt performers: the Highfall Stunt Accident Plan, run by a
production services (payroll) company, Takeline Production Services, Inc., for the productions that pay into it.
Invented rules: the plan pays for an accidental injury a performer suffers while working on a production, from the
call time to the wrap time shown on that day's production report (rehearsals the production scheduled and paid
for count); training on the performer's own time at a gym or stunt school is not covered; a performer the
production report does not show was not working under the plan that day; a per-injury deductible of $250 and a
per-injury maximum; claims must reach the plan within 90 days of the date of service; planned surgery and advanced
imaging are reviewed by Takeline's nurse reviewers and medical director. Every company, production, clinic,
hospital, imaging center, gym, person, number, address, code and time limit is invented (phones 555); CPT and
HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_pages_gym_injury_mri_code_only_member_check_stub: a two-page explanation of benefits on the
  plan's letterhead ("This is not a bill", statement date "03.12.2026" month first and "Statement issued" in the
  footer), member number with its "HFS" prefix apart and group number side by side in boxes, a money summary and a
  per-injury deductible box, page 2 an unruled claims table with an injury-date column beside the service date,
  right-aligned money and the totals row on the last page; one claim of four, an MRI at an imaging center after a
  shoulder injury at a stunt gym, refused under code T3 told only in the code glossary; a reimbursement check stub
  to the member and an example in the boilerplate as decoys; "within 90 days of the statement date".
- clean300_tpa_four_pages_not_on_production_report_member_id_only_in_header: a four-page letter on the
  administrator's letterhead ("March 18th, 2026"), the member number only in a short running header ("Mbr HFS
  ... | Page 2 of 4"), the claim number in a small running footer with "Notice mailed"; page 2 the claim table
  (the doctor after "Attending:") and an excerpt of the production report's stunt section in a typewriter face
  (other performers' names and times as decoys), page 3 the reason ("The information we received does not show
  you on the Daily Production Report ...") and "within 60 calendar days of the date you receive this notice"
  (nothing to count from), page 4 a nondiscrimination notice and taglines.
- finefax_provider_notice_boxes_injury_after_wrap_name_over_two_lines: a fine-fax provider claim notice on the
  plan's letterhead: ruled boxes whose values stand under small captions, the patient's long name broken over two
  lines in a narrow box, the surgeon only after "Rendering:", call and wrap times against the time of a fall at the
  crew hotel, a provider call reference as decoy; "no later than" a printed date.
- phone_es_entrenamiento_en_gimnasio_no_es_produccion: a photographed Spanish letter to a stunt double hurt while
  training on his own at a stunt gym ("4 de marzo de 2026" dates, a call reference as decoy); "a más tardar el"
  a printed date.
- rotated_two_column_precertification_approved_knee_surgery: a precertification approval fed turned, set in two
  columns ("24-Mar-2026", "Mailed" in the footer): knee surgery at a surgery center approved "from ... through ..."
  after an injury on set, signed by a nurse reviewer and a medical director; denies nothing.
- lowres_preservice_repeat_lumbar_mri_guideline_not_met: a 150 dpi pre-service letter on the administrator's
  letterhead: the address at the left and caption/value pairs on the right half (request number, "Received
  03.17.2026" month first, requesting doctor, imaging center, planned date), the guideline's conditions listed and
  none met, signed by a nurse reviewer and a medical director; "within 60 days of the date of this letter".
- photocopy_stack_fax_transmittal_appeal_upheld_late_claim_upside_down_then_urgent_care_statement: a photocopied
  stack of an urgent care's fax transmittal sheet (no document's page), a two-page appeal decision upholding the
  refusal of a claim sent 111 days after the visit (appeal and claim numbers in a running header, page 2 upside
  down; "within 30 days of the date of this letter" for a second-level review) and the urgent care's statement
  asking the performer for the whole bill (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famie import (EISheet, crew_address, dmy_dash, es_date, fax_transmittal, first_last, hm, iso,
                               long, mdy_dots, n2, ord_long, people, phone, plus, slash, tollfree, usd, wday_long,
                               workday, ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = "highfall_stunt_accident_plan_on_set_call_time_production_report_and_training_day_refusals"
LANG = "en"
SEED = 355084
PLAN = "Highfall Stunt Accident Plan"
TPA = "Takeline Production Services"
TPA_FULL = "Takeline Production Services, Inc."
PLAN_ALT = ["Highfall Stunt Accident", "Highfall Plan", "Highfall", "Plan de Accidentes Highfall"]
TPA_ALT = [TPA_FULL, "Takeline", "Takeline Production Services Accident Plan Office"]
PO = "P.O. Box 7712, Burbank, CA 91510"
PLAN_ID = "HSAP-07"
PRODCO = "Copperline Pictures LLC"
ER_LA = "Olive Grove Medical Center"
ER_GA = "Flat Shoals Regional Hospital"
UC = "Soundstage Urgent Care"
MRI = "Magnolia Open MRI"
PT = "Cahuenga Sports Physical Therapy"
ORTHO = "Verdugo Orthopaedic Group"
ORTHO_NM = "Petroglyph Orthopedic Associates"
ASC = "Riverbend Surgery Center"
GYM = "Ropes & Ratchets Stunt Gym"
COVERS = ("The plan pays for an accidental injury that happens while you are working on a production that takes "
          "part in the plan, from the call time to the wrap time shown on that day's production report. Rehearsals "
          "the production scheduled and paid for count as work.")


def before(d):
    """The working day before d (a call to the office the day before the notice)."""
    d = plus(d, -1)
    while d.weekday() >= 5:
        d = plus(d, -1)
    return d


def member_no(rng):
    return digits(rng, 8)


def group_no(rng):
    return f"SG-{digits(rng, 4)}"


def claim_no(rng):
    return f"HF-26-{digits(rng, 6)}"


def plan_head(p, rng, unit, box=None, es=False):
    if es:
        lines = [f"Administrado por {TPA_FULL}  |  {unit}",
                 f"{PO}  |  Servicios al miembro {tollfree(rng, '888')}  |  TTY 711"]
    else:
        lines = [f"Administered by {TPA_FULL}  |  {unit}",
                 f"{PO}  |  Member services {tollfree(rng, '888')}  |  TTY 711"]
    p.head(PLAN, "HSAP", lines, box=box, size=12.5)


def tpa_head(p, rng, unit, box=None):
    p.head(TPA_FULL, "TPS", [f"{unit}  |  Administrator of the {PLAN}",
                             f"{PO}  |  Phone {tollfree(rng, '844')}  |  Fax {phone(rng, '818')}  |  TTY 711"],
           box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, er_doc, pt_, rad, orth = people(rng, 5)
    num = member_no(rng)
    grp = group_no(rng)
    inj = dt.date(2026, 1, rng.randint(12, 16))
    d_pt = plus(inj, rng.randint(8, 10))
    d_or = plus(inj, rng.randint(13, 16))
    trn = dt.date(2026, 2, rng.randint(2, 6))
    d_mri = plus(trn, rng.randint(4, 6))
    sd = dt.date(2026, 3, rng.randint(10, 13))
    mri_b = rng.choice([1650.0, 1720.0, 1585.0])
    claims = [
        (claim_no(rng), ER_LA, f"Attending: Dr. {first_last(er_doc)}", inj, inj,
         [("ER visit (99284)", 1240.0, 868.0, 618.0, 250.0, "A1 D1"), ("Wrist X-ray (73110)", 286.0, 171.6, 171.6,
                                                                       0.0, "A1")]),
        (claim_no(rng), PT, f"Servicing: {first_last(pt_)}, DPT", inj, d_pt,
         [("PT evaluation (97162)", 240.0, 168.0, 168.0, 0.0, "A1"), ("Ther. exercise (97110) x2", 180.0, 118.0,
                                                                      118.0, 0.0, "A1")]),
        (claim_no(rng), MRI, f"Servicing: Dr. {first_last(rad)}", trn, d_mri,
         [("MRI shoulder (73221)", mri_b, 0.0, 0.0, 0.0, "T3")]),
        (claim_no(rng), ORTHO, f"Servicing: Dr. {first_last(orth)}", inj, d_or,
         [("Office visit (99214)", 265.0, 182.0, 182.0, 0.0, "R2")]),
    ]
    k = 2
    rows, bold = [], set()
    tb = ta = tp = ts = 0.0
    for cno, prov, serv, injd, d, lines in claims:
        for j, (svc, b, a, pd, sh, code) in enumerate(lines):
            rows.append([cno if j == 0 else "", prov if j == 0 else (serv if j == 1 else ""), yy(injd), yy(d), svc,
                         n2(b), n2(a), n2(pd), n2(sh), code])
            tb, ta, tp, ts = tb + b, ta + a, tp + pd, ts + sh
        if len(lines) == 1:
            rows.append(["", serv, "", "", "", "", "", "", "", ""])
        else:
            rows.append(["", "", "", "", "Claim total", n2(sum(x[1] for x in lines)), n2(sum(x[2] for x in lines)),
                         n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)), ""])
            bold.add(len(rows) - 1)
    den = claims[k]
    p = EISheet(footer="Page {n} of {nb}",
                footer_left=f"Statement issued {slash(sd)}  |  Member HFS {num}  |  Group {grp}  |  Form TPS-EOB2")
    p.set_margins(14, 13, 14)
    p.add_page()
    plan_head(p, rng, "Claims", box="EXPLANATION OF BENEFITS")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    home = crew_address(rng)
    p.addr_kv([pat, *home], [("Statement date", mdy_dots(sd)), ("Performer", pat), ("Claims", "4"),
                             ("Questions", tollfree(rng, "888"))], w=90, cap_w=32)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("PREFIX", "HFS"), ("MEMBER NO.", num), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID),
                ("COVERAGE", "Performer only")], [W * 0.1, W * 0.24, W * 0.2, W * 0.2, W * 0.26], size=9.4, h=10.5)
    p.ln(4)
    y0 = p.get_y()
    y1 = p.money_box("This statement in brief",
                     [("Providers billed", usd(tb)), ("Plan price", usd(ta)), ("The plan paid", usd(tp)),
                      ("Your share", usd(ts))], w=W * 0.5 - 3)
    p.set_xy(p.l_margin + W * 0.5 + 3, y0)
    y2 = p.money_box("Injury of " + slash(inj), [("Deductible for this injury", f"{usd(250.0)} of $250.00"),
                                                  ("Paid for this injury", f"{usd(round(tp, 2))} of $50,000.00"),
                                                  ("Injury report", "On file (set medic)")],
                     x=p.l_margin + W * 0.5 + 3, w=W * 0.5 - 3, bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 4)
    p.para(f"**Payments.** We paid {ER_LA} and {PT} directly. You sent us a receipt for the visit at {ORTHO} that "
           "you paid yourself, so that payment comes to you; the check is at the end of this statement.", 9.2)
    p.heading("Good to know", 10.5)
    p.bullets(["Tell the set medic or the stunt coordinator about every injury on set before you leave for the day, "
               "so that it is written on the production report.",
               "Keep your call sheets. They help us when a claim needs the production's records.",
               "This plan pays after no other plan. It does not replace your health insurance."], 9.2)
    p.add_page()
    p.heading("Your claims", 11, rule=True)
    widths = [22, 43, 13, 13, 32, 14, 14, 14, 13, W - 178]
    p.bare_table(["Claim no.", "Provider", "Injury", "Service date", "Service", "Billed", "Plan price", "Plan paid",
                  "Your share", "Code"], rows, widths, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"],
                 size=6.9, row_h=4.5, bold_rows=bold, cont="Your claims, continued",
                 totals=["TOTALS", "", "", "", "", n2(tb), n2(ta), n2(tp), n2(ts), ""])
    p.glossary("Codes", [
        ("A1", "Paid at the plan price for an injury on set."),
        ("D1", "Applied to the $250 deductible for this injury."),
        ("R2", "Paid to you, because you sent a receipt showing you paid the provider."),
        ("T3", "The injury happened during training that was not part of a production. Practice on your own time, "
               "at a gym or a stunt school, is not covered, even when it prepares you for a job (Plan Document, "
               "section 3.4). The provider may bill you.")], size=7.4)
    p.heading("How to read this statement", 10)
    p.para("The plan price is the amount the plan allows for a service. For example, if a provider bills $1,000.00 "
           "and the plan price is $700.00, the plan pays the $700.00 once your deductible for that injury is met.",
           8.4)
    p.heading("If you disagree", 10)
    p.para("You can ask us to review a claim within 90 days of the statement date shown on page 1. Write to Claim "
           f"Reviews, {TPA_FULL}, {PO}, with the claim number and the reason.", 8.4)
    p.check_stub(f"{PLAN} - Benefit account", pat, 182.0, digits(rng, 7), slash(sd),
                 f"Reimbursement, {ORTHO}, {yy(d_or)}")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"HFS{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(mri_b), service_dates=[iso(d_mri)],
              denial_date=iso(sd), provider=MRI, appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {first_last(rad)}", first_last(rad)],
                          "member_id": [num]})
    return out(p), t


def clean_not_on_report(rng):
    pat, att, coord, examiner, *crew = people(rng, 9)
    num = member_no(rng)
    grp = group_no(rng)
    claim = claim_no(rng)
    prod = "Night Freight"
    day = dt.date(2026, 2, rng.randint(16, 20))
    rcvd = plus(day, rng.randint(15, 19))
    pm_mail = plus(rcvd, rng.randint(2, 4))
    ld = workday(plus(rcvd, rng.randint(9, 12)))
    lines = [("Emergency visit, level 5 (99285)", 2140.0), ("CT head without contrast (70450)", 1480.0),
             ("CT cervical spine (72125)", rng.choice([1395.0, 1410.0]))]
    tot = sum(b for _, b in lines)
    p = EISheet(footer="Page {n} of {nb}",
                footer_left=f"Claim {claim}  |  TPS-AP-31 (01/2026)  |  Notice mailed {slash(ld)}",
                short_hdr=f"Mbr HFS {num}  |  Page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, "Accident Plan Office")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *crew_address(rng)],
              [("Plan", PLAN), ("Group no.", grp), ("Production", f"{prod}, Ep. 207"), ("Claim received",
                                                                                       ymd_slash(rcvd))],
              w=98, cap_w=30)
    p.subject(f"Your claim for emergency care on {long(day)}")
    p.para(f"Dear {pat}:", 10)
    p.para(f"{ER_GA} in Covington, Georgia, sent us a claim for the care you received in its emergency department "
           f"on {long(day)}. We have finished our review and we are not able to pay the claim from the {PLAN}.", 10)
    p.para("Page 2 shows the claim and what the production's records show for that day. Page 3 explains our "
           "decision and what you can do.", 10)
    p.callout("In short", "We did not find your name on the production report for the day you were hurt.", 9.6)
    p.add_page()
    p.heading("The claim", 11.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    rows = [[claim if i == 0 else "", (ER_GA if i == 0 else (f"Attending: Dr. {att}" if i == 1 else "")),
             slash(day), s, usd(b), "$0.00"] for i, (s, b) in enumerate(lines)]
    rows.append(["", "", "", "Total", usd(tot), "$0.00"])
    p.wrap_table(["Claim no.", "Provider", "Date", "Service", "Billed", "Plan paid"], rows,
                 [W * 0.15, W * 0.27, W * 0.12, W * 0.26, W * 0.11, W * 0.09],
                 aligns=["L", "L", "L", "L", "R", "R"], size=8.0, bold_last=True)
    p.heading("What the production report shows", 11)
    times = [(5, 30), (6, 0), (6, 0), (6, 30), (7, 0)]
    roles = ["Stunt coord.", "Stunt dbl (Reyes)", "Stunt perf.", "Stunt dbl (Hollis)", "Utility stunt"]
    names = [coord] + crew[:4]
    rep = [[first_last(n).upper(), r, hm(*t), hm(t[0] + 1, t[1]), hm(19, 40 + i)] for i, (n, r, t) in
           enumerate(zip(names, roles, times))]
    p.report_excerpt(f"DAILY PRODUCTION REPORT  -  {prod.upper()}  EP. 207  -  SHOOT DAY 12 OF 14  -  {slash(day)}",
                     ["STUNTS", "ROLE", "CALL", "ON SET", "WRAP"], rep, [W * 0.3, W * 0.24, W * 0.15, W * 0.15,
                                                                       W * 0.16],
                     note=f"{PRODCO}'s production office sent us this page of the report on {long(pm_mail)}. We "
                          "show only the stunt section.")
    p.add_page()
    p.heading("Page 3 - Our decision", 11.5, rule=True)
    p.para(COVERS, 10)
    p.para(f"The information we received does not show you on the Daily Production Report for shoot day 12 of "
           f"'{prod}' on {long(day)}, and the production office told us in writing that no stunt performer was "
           f"added to that day's report. Without a record that you were working on the production, we cannot "
           "treat the injury as an injury on set, and the plan does not pay the claim.", 10)
    p.heading("If you were working that day", 11)
    p.bullets(["Send us a call sheet with your name for that day, a time card (payroll voucher) signed for that day, "
               "or a written statement from the stunt coordinator or the unit production manager.",
               "We will look at the claim again when we receive them. You do not need to file a new claim."], 9.8)
    p.heading("Your right to appeal", 11)
    p.para("You or someone you name may appeal within 60 calendar days of the date you receive this notice. Write "
           f"to Appeals, {TPA_FULL}, {PO}. We answer an appeal within 30 days after we receive it. You may ask for "
           "free copies of the production report page, the claim and the plan rules we used.", 9.8)
    p.signoff(["Sincerely,", examiner, "Claims examiner, Accident Plan Office"], 9.6)
    p.add_page()
    p.nondiscrim(TPA_FULL, tollfree(rng, "844"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "844"))
    t = truth("denial_letter", "eligibility", insurer=TPA, group=grp, member_id=f"HFS{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(day)], denial_date=iso(ld), provider=ER_GA,
              alternates={"insurer": TPA_ALT, "provider": [f"Dr. {att}", att]}, denial_alternates=["not_covered"])
    return out(p), t


def finefax_after_wrap(rng):
    while True:
        pat, surg, clerk, caller = people(rng, 4, sexes="M")
        if len(pat) >= 24:
            break
    num = member_no(rng)
    grp = group_no(rng)
    claim = claim_no(rng)
    inj = dt.date(2026, 3, rng.randint(2, 6))
    dos = plus(inj, rng.randint(2, 3))
    rcvd = plus(dos, rng.randint(7, 9))
    nd = workday(plus(rcvd, rng.randint(6, 8)))
    by = dt.date(2026, 6, rng.randint(1, 5))
    lines = [("New patient visit (99204)", 325.0), ("Knee X-ray, 3 views (73562)", 148.0)]
    billed = sum(b for _, b in lines)
    wrap_m = rng.randint(38, 47)
    fax = (f"{nd:%m/%d/%y} {rng.randint(9, 15)}:{rng.randint(10, 59)}  TAKELINE ACCIDENT PLAN  {phone(rng, '818')}"
           f"  ->  {phone(rng, '505')}  PAGE {{n}}")
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Provider claim notice PCN-4 (01/2026)  |  {slash(nd)}",
                fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    plan_head(p, rng, "Provider Services", box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.wrap_boxes([("Notice date", wday_long(nd), W * 0.42), ("Claim no.", claim, W * 0.3),
                  ("Received", mdy_dots(rcvd), W * 0.28)], size=9.4, lines=1)
    p.wrap_boxes([("Patient", pat, W * 0.17), ("Member no.", f"HFS {num}", W * 0.2), ("Group no.", grp, W * 0.14),
                  ("Plan ID", PLAN_ID, W * 0.14), ("Date of service", slash(dos), W * 0.18),
                  ("Billed", usd(billed), W * 0.17)], size=9.4, lines=2)
    p.ln(4)
    for ln in [f"{ORTHO_NM}  (billing provider)", "Attn: Business office", "6020 Paseo del Norte NE, Suite 210",
               "Albuquerque, NM 87113"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.pairs([("Rendering", f"Dr. {surg}"), ("Services", "; ".join(s for s, _ in lines)),
             ("Injury reported", f"{slash(inj)}, about {hm(21, 15)}")], label_w=36, size=9.4)
    p.ln(2)
    p.heading("Claim decision: not payable", 11)
    p.para(f"Your patient {pat} works as a stunt performer on the feature 'Salt Flats' ({PRODCO}). {COVERS}", 9.8)
    p.para(f"The production report for {long(inj)} shows a call time of {hm(6, 30)} and a wrap at "
           f"{hm(19, wrap_m)} for the stunt unit. The emergency room record and the member's own statement place "
           f"the fall, on the outside stairs of the crew hotel in Rio Rancho, at about {hm(21, 15)}, after wrap and "
           "away from the set. The injury did not happen while the member was working, so the plan does not pay "
           "for the knee visit and X-rays (Plan Document, section 3.1).", 9.8)
    p.para(f"Your office called us on {slash(before(nd))} about this claim (call reference "
           f"{nd:%y%m%d}-{digits(rng, 4)}, {caller}). This notice is our written answer.", 9.2)
    p.heading("Provider dispute", 10.5)
    p.para(f"If you have records that show a different time or place, send a provider dispute no later than "
           f"{long(by)} to Provider Disputes, {TPA_FULL}, {PO}, with the claim number.", 9.4)
    p.f(8.4)
    p.cell(0, 4.4, f"Prepared by {clerk}, claims examiner", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=grp, member_id=f"HFS{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=f"Dr. {surg}", appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "provider": [surg, ORTHO_NM]})
    return out(p), t


def phone_es_training(rng):
    pat, doc, sig, agent = people(rng, 4, es=True, sexes="MM")
    num = member_no(rng)
    grp = group_no(rng)
    claim = claim_no(rng)
    trn = dt.date(2026, 3, rng.randint(2, 10))
    called = plus(trn, rng.randint(9, 11))
    ld = workday(plus(trn, rng.randint(16, 19)))
    by = dt.date(2026, 6, rng.randint(8, 12))
    lines = [("Consulta de urgencia (99204)", 285.0), ("Radiografía de tobillo (73610)", 132.0),
             ("Férula corta de pierna (29515)", rng.choice([96.0, 104.0]))]
    tot = sum(b for _, b in lines)
    p = EISheet(footer="Página {n} de {nb}", footer_left="Carta HS-ES-6 (01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, "Oficina del Plan de Accidentes", es=True)
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [pat, *crew_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("N.º de miembro", f"HFS {num}"), ("Grupo", grp), ("N.º de reclamo", claim), ("Proveedor", UC),
             ("Fecha del servicio", es_date(trn))], label_w=42, size=9.6)
    p.ln(2)
    p.heading("Sobre su reclamo por la lesión del tobillo", 12)
    p.para(f"Estimado {pat}:", 10)
    p.para(f"{UC} nos mandó el reclamo {claim} por la atención que le dio el Dr. {doc} el {es_date(trn)}. Cuando "
           f"usted llamó el {es_date(called)}, {agent} le explicó que recibiría esta carta (referencia de la llamada "
           f"{digits(rng, 3)}-{digits(rng, 5)}).", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado por el plan"],
            [[s, usd(b), "$0.00"] for s, b in lines] + [["Total", usd(tot), "$0.00"]],
            [W * 0.6, W * 0.2, W * 0.2], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.para("**El plan no puede pagar este reclamo.** El plan cubre las lesiones que ocurren mientras usted trabaja en "
           "una producción, desde la hora de llamado hasta la hora de cierre que aparecen en el reporte de "
           "producción de ese día, y también los ensayos que la producción programa y paga. Usted se lastimó el "
           f"tobillo durante una práctica de caídas en {GYM}, un entrenamiento que usted organizó por su cuenta; ese "
           "día no trabajaba para ninguna producción. El entrenamiento por su cuenta no está cubierto, aunque lo "
           "prepare para un trabajo (Documento del Plan, sección 3.4).", 10)
    p.para(f"**Si no está de acuerdo.** Puede apelar a más tardar el {es_date(by)}. Mande una carta a Apelaciones, "
           f"{TPA_FULL}, {PO}, con el número de reclamo y las razones. Si una producción le pidió ese "
           "entrenamiento, mande la hoja de llamado o el mensaje del coordinador de dobles.", 10)
    p.signoff(["Atentamente,", sig, "Oficina del Plan de Accidentes"], 9.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"HFS{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(trn)], denial_date=iso(ld), provider=UC,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def rotated_approval(rng):
    pat, surg, rn, md, medic = people(rng, 5)
    num = member_no(rng)
    grp = group_no(rng)
    auth = f"PC-{digits(rng, 6)}"
    prod = "The Lamplighter's Daughter"
    inj = dt.date(2026, 2, rng.randint(9, 13))
    rcvd = dt.date(2026, 3, rng.randint(16, 18))
    ld = workday(plus(rcvd, rng.randint(3, 5)))
    planned = plus(ld, rng.randint(18, 24))
    until = plus(planned, 30)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Precertification PC-A (01/2026)  |  Mailed {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p, rng, "Medical Review")
    p.line(dmy_dash(ld), 10.2, "B")
    p.ln(2)
    for ln in [pat, *crew_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Precertification {auth}: your knee surgery is approved")
    p.para(f"Dear {pat}:", 10)
    p.columns(
        [("What was asked", f"Dr. {surg} of {ORTHO} asked us on {long(rcvd)} to approve a reconstruction of the "
                            f"anterior cruciate ligament of your left knee (CPT 29888) at {ASC}, planned for "
                            f"{long(planned)}."),
         ("The injury", f"You were hurt during a scheduled car-hit rehearsal on '{prod}' ({PRODCO}) on "
                        f"{long(inj)}. The production report shows your call at {hm(5, 45)} and the injury "
                        f"written up by the set medic, {first_last(medic)}, at {hm(14, 20)}.")],
        [("Our decision", "**Approved.** A nurse reviewer and our medical director found the surgery medically "
                          "necessary for an injury on set."),
         ("What the plan pays", "The plan price for the surgeon, the surgery center and the anesthesia, in full: "
                                "your $250 deductible for this injury is already met."),
         ("Good to know", "If the date changes, ask the surgeon's office to call us. This approval is not a "
                          "promise to pay if you are no longer covered on the day of surgery.")], size=9.2)
    yk = p.kv_box([("Precertification no.", auth), ("Member no.", f"HFS {num}"), ("Group no.", grp),
              ("Surgeon", f"Dr. {surg}"), ("Facility", ASC), ("Approved", f"from {slash(planned)} through "
                                                                          f"{slash(until)}")],
             p.l_margin, p.get_y(), p.w - p.l_margin - p.r_margin, cap_w=44, size=9.2)
    p.set_xy(p.l_margin, yk + 4)
    p.para("You do not need to do anything. Keep this letter until your claims are paid.", 9.6)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Medical Review"], [f"{md}, MD", "Medical director"])
    t = truth("other", None, insurer=TPA, group=grp, member_id=f"HFS{num}", member_name=pat, cases=[auth],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {surg}",
              alternates={"insurer": TPA_ALT, "provider": [surg, ORTHO, ASC],
                          "service_dates": [[f"{iso(planned)}/{iso(until)}"]]})
    return out(p), t


def lowres_repeat_mri(rng):
    pat, doc, rn, md = people(rng, 4)
    num = member_no(rng)
    grp = group_no(rng)
    req = f"PC-{digits(rng, 6)}"
    first_mri = dt.date(2026, 2, rng.randint(9, 13))
    visit = dt.date(2026, 3, rng.randint(9, 12))
    rcvd = plus(visit, rng.randint(5, 7))
    ld = workday(plus(rcvd, rng.randint(5, 7)))
    planned = plus(ld, rng.randint(7, 10))
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"MR-PS-2 (01/2026)  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, "Medical Review")
    p.line(long(ld), 10.2, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *crew_address(rng)],
                       [("Request no.", req), ("Member", f"HFS {num}"), ("Group", grp), ("Requested by",
                                                                                        f"Dr. {doc}"),
                        ("Practice", ORTHO), ("Service", "MRI lumbar spine (72148)"), ("Imaging center", MRI),
                        ("Planned date", slash(planned)), ("Received", mdy_dots(rcvd))], split=0.42, cap_w=32)
    p.subject("Request for a second MRI of your lower back")
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {doc} asked us to approve a second MRI of your lower back at {MRI}. Your first MRI, on "
           f"{long(first_mri)}, was paid by the plan as part of the care for your injury on set. We cannot approve "
           "the second MRI now.", 10)
    p.heading("Why", 11)
    p.para("The plan's guideline for a repeat MRI of the lower back within six months asks for at least one of "
           "these:", 10)
    p.bullets(["new or worse weakness, numbness or loss of reflexes in a leg;",
               "loss of bladder or bowel control;",
               "surgery being planned, or a new injury since the first MRI;",
               "six weeks of therapy completed without improvement and a change in the treatment plan."], 9.8)
    p.para(f"Dr. {doc}'s notes of {long(visit)} describe the same back pain as before, with normal strength, feeling "
           "and reflexes in both legs, and therapy that is still going on. None of the points above is met, so a "
           "repeat MRI is not medically necessary at this time. Dr. " + doc.split()[-1] + " may ask again if "
           "anything changes.", 10)
    p.heading("If you disagree", 11)
    p.para("You or Dr. " + doc.split()[-1] + " may appeal within 60 days of the date of this letter. Write to "
           f"Appeals, {TPA_FULL}, {PO}. If waiting could seriously harm your health, call us for a fast appeal; we "
           "decide fast appeals within 72 hours. Your doctor may also ask to talk with our medical director.", 9.8)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, DO", "Medical director, Takeline Medical Review"])
    t = truth("denial_letter", "medical_necessity", insurer=TPA, group=grp, member_id=f"HFS{num}", member_name=pat,
              cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {doc}",
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": TPA_ALT, "provider": [doc, ORTHO, MRI]})
    return out(p), t


def photocopy_stack(rng):
    pat, uc_doc, chair, clerk, mgr = people(rng, 5)
    num = member_no(rng)
    grp = group_no(rng)
    claim = claim_no(rng)
    appeal = f"AP-26-{digits(rng, 5)}"
    visit = dt.date(2026, 1, rng.randint(5, 9))
    filed = plus(visit, 111)
    first_dec = plus(filed, rng.randint(8, 10))
    appeal_in = plus(first_dec, rng.randint(9, 12))
    dd = workday(plus(appeal_in, rng.randint(10, 14)))
    st_d = plus(dd, rng.randint(5, 8))
    acct = f"SUC-{digits(rng, 6)}"
    lines = [("New patient visit (99203)", 215.0), ("Wound repair, 3.2 cm (12002)", 286.0),
             ("Tdap vaccine and shot (90715, 90471)", 72.0)]
    tot = sum(b for _, b in lines)
    home = crew_address(rng)
    cover = fax_transmittal(f"{UC} - Billing Office", ["10940 Magnolia Blvd, North Hollywood, CA 91601",
                                                       f"Phone {phone(rng, '818')}  |  Fax {phone(rng, '818')}"],
                            [("To", f"{mgr}, business manager"), ("Fax", phone(rng, "323")),
                             ("From", f"{clerk}, patient accounts"), ("Date", f"{st_d.month}/{st_d.day}/2026"),
                             ("Pages", "4 with this sheet"), ("Re", f"Account {acct}")],
                            [f"As you asked, here are the plan's appeal decision and our current statement for "
                             f"{first_last(pat)}. The balance is now the patient's. We can set up a payment plan."],
                            [(False, "Urgent"), (True, "For review"), (False, "Please reply"), (False, "Recycle")])
    # document 1: the plan's appeal decision, two pages (page 2 fed upside down)
    d = EISheet(footer="Page {n} of {nb}", footer_left="Appeal decision AD-1 (01/2026)",
                every=f"Appeal {appeal}  |  Claim {claim}  |  Member HFS {num}")
    d.set_margins(18, 17, 18)
    d.add_page()
    plan_head(d, rng, "Appeals Committee")
    d.line(f"Date of this letter: {long(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", appeal), ("Claim no.", claim), ("Member no.", f"HFS {num}"),
                             ("Group no.", grp), ("Appeal received", slash(appeal_in))], w=90, cap_w=30)
    d.heading("Decision on your appeal", 12)
    d.para(f"Dear {pat}:", 10)
    d.para(f"You appealed our decision of {long(first_dec)} not to pay {UC}'s claim for the care you received from "
           f"Dr. {uc_doc} on {long(visit)}, when you cut your forearm on a breakaway window on set. The clinic "
           f"billed {usd(tot)}.", 10)
    W = d.w - d.l_margin - d.r_margin
    d.ledger(["Date", "Service", "Billed", "Plan paid"],
             [[slash(visit), s, usd(b), "$0.00"] for s, b in lines], [W * 0.16, W * 0.54, W * 0.15, W * 0.15],
             aligns=["L", "L", "R", "R"], size=8.8, totals=["", "Total", usd(tot), "$0.00"])
    d.para(f"**The Appeals Committee upholds the decision.** The injury happened on set and would have been covered. "
           f"But the plan pays a claim only when it reaches us within 90 days after the date of service, unless it "
           f"was not reasonably possible to send it sooner. {UC} sent the claim on {long(filed)}, 111 days after "
           "the visit.", 10)
    d.add_page()
    d.para("The clinic told us its billing service changed in February and the claim was held in the old system. "
           "That delay was within the clinic's control, and it does not show that sending the claim on time was "
           "not possible. The Committee therefore keeps the first decision.", 10)
    d.para("Because the clinic filed late, you may ask the clinic not to bill you; that is between you and the "
           "clinic, and the plan cannot require it.", 10)
    d.heading("If you still disagree", 10.5)
    d.para("You may ask for a second-level review within 30 days of the date of this letter. Write to the Appeals "
           f"Committee, {TPA_FULL}, {PO}. A reviewer who took no part in this decision will decide it.", 9.8)
    d.signoff(["For the Appeals Committee,", chair, "Chair"], 9.6)
    d_app = (out(d), truth("denial_letter", "timely_filing", insurer=PLAN, group=grp, member_id=f"HFS{num}",
                           member_name=pat, cases=[appeal, claim], claim_amount=m2(tot), service_dates=[iso(visit)],
                           denial_date=iso(dd), provider=UC, appeal_deadline=iso(plus(dd, 30)),
                           alternates={"insurer": PLAN_ALT, "case_numbers": [[appeal], [claim]],
                                       "provider": [f"Dr. {uc_doc}", uc_doc]}))
    # document 2: the urgent care's statement (a real bill)
    b = EISheet(footer=None, footer_left=f"Statement {slash(st_d)}  |  Account {acct}  |  Return the top part")
    b.set_margins(16, 14, 16)
    b.add_page()
    b.head(UC, "SUC", ["Walk-in injury and illness care  |  10940 Magnolia Blvd, North Hollywood, CA 91601",
                       f"Billing {phone(rng, '818')}  |  Mon-Fri 9-5"], box="PATIENT STATEMENT", size=12)
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("STATEMENT DATE", slash(st_d)), ("ACCOUNT NO.", acct), ("VISIT", slash(visit)),
                ("AMOUNT DUE", usd(tot))], [W * 0.24, W * 0.24, W * 0.24, W * 0.28], size=9.4)
    b.ln(3)
    for ln in [pat, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.pairs([("Patient", pat), ("Provider", f"Dr. {uc_doc}"), ("Insurance", PLAN), ("Member #", f"HFS {num}")],
            label_w=30, size=9.4)
    b.ln(2)
    b.table(["Date", "Description", "Amount"],
            [[slash(visit), s, usd(v)] for s, v in lines] +
            [["", "Total charges", usd(tot)], [slash(dd), "Insurance: claim not paid (late filing), appeal upheld",
                                               "$0.00"], ["", "Balance due from patient", usd(tot)]],
            [W * 0.16, W * 0.6, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para("Your insurance did not pay this visit. The balance is now due from you. Call our billing office to pay "
           "by card or to set up monthly payments.", 9.4)
    d_bill = (out(b), truth("other", None, insurer=None, member_id=f"HFS{num}", member_name=pat, cases=[],
                            claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(st_d), provider=UC,
                            unscored=["insurer"], alternates={"member_id": [None], "provider": [f"Dr. {uc_doc}"]}))
    return cover, [d_app, d_bill]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_gym_injury_mri_code_only_member_check_stub", "born_digital",
             [born_eob(rng)]),
        Item(F + "clean300_tpa_four_pages_not_on_production_report_member_id_only_in_header", "scan_clean_300",
             [clean_not_on_report(rng)]),
        Item(F + "finefax_provider_notice_boxes_injury_after_wrap_name_over_two_lines", "fax_fine_g4",
             [finefax_after_wrap(rng)]),
        Item(F + "phone_es_entrenamiento_en_gimnasio_no_es_produccion", "phone_photo", [phone_es_training(rng)]),
        Item(F + "rotated_two_column_precertification_approved_knee_surgery", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_preservice_repeat_lumbar_mri_guideline_not_met", "scan_lowres_150",
             [lowres_repeat_mri(rng)]),
    ]
    cover, docs = photocopy_stack(rng)
    items.append(Item(F + "photocopy_stack_fax_transmittal_appeal_upheld_late_claim_upside_down_then_urgent_care_"
                      "statement", "photocopy", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
