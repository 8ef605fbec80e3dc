"""An invented ski resort operator's limited medical plan for its seasonal workers. Hollowcrest Mountain Resorts,
Inc. runs two ski areas in Colorado (Hollowcrest Peak at Rimeview and Cirque Basin at Penstemon Springs, both towns
invented) and sponsors the Hollowcrest Seasonal Team Member Medical Plan (plan ID HSTM-LM26, group HMR-2526, member
numbers "HCR" and eight digits, printed with the prefix apart or in its own box); claims are handled by the
administrator Pikeholt Benefit Administrators, Inc., which writes some papers on its own letterhead. The invented
rules: a limited benefit that pays fixed dollar amounts and not a share of the bill ($70 a doctor visit, $110 an
urgent care visit, at most six such visits together in a plan year; $30 a video visit; $60 a day for x-ray and lab
work; $250 an emergency room visit; $750 a hospital day up to 15 days after a $250 hospital deductible; $45 a
physical therapy visit up to 10; $350 an ambulance trip, one a plan year; $12 a prescription fill); coverage ends on
the last day of the month in which the seasonal assignment ends; an injury at work goes to the resort's workers'
compensation carrier; appeals within 180 days of a statement, final decisions open to a suit under ERISA. Every
company, clinic, hospital, pharmacy, ambulance district, carrier, person, number, code (P1, L2, T1, V6, H3, A1) and
amount is invented, phones 555; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_pages_seventh_visit_beyond_cap_code_only: a two-page EOB on the administrator's letterhead
  ("THIS IS NOT A BILL", prefix, member no., group no., plan ID and the statement date in boxes, a money summary,
  a visit counter 6 of 6, the benefit schedule with "used so far"), page 2 an unruled listing of four claims whose
  providers stand only in the claim heading lines with "Rendering:", one claim's office visit paying 0.00 under V6
  beside its paid strep test, its claim total, the totals row and a ruled code glossary; "within 180 days of the
  statement date".
- scan_three_page_letter_running_header_therapy_after_season_coverage_ended: a clean-scan four-page letter from the
  plan, the member number only in a running header ("Mbr HCR ... | Page 2 of 4"), page 1 the summary with a
  weekday date, page 2 the therapy claim ("Servicing:" clinic, the therapist, "Claim received" dotted), page 3 the
  reason in plain words (coverage ended April 30 after the assignment ended April 12), "within 60 calendar days of
  the date you receive this notice" (nothing to count from), page 4 nondiscrimination and taglines.
- finefax_provider_notice_boxes_ski_patrol_knee_on_duty_workers_comp: a fine-fax provider notice in numbered boxes
  with small captions above the values ("4-Mar-2026" shapes), an emergency room claim for a ski patroller hurt
  during avalanche control, the resort's injury report number and a call reference as decoys, "Attending:", the
  workers' compensation carrier named; "no later than" a printed date.
- phone_es_carta_septima_visita_urgencias_limite_anual: a photographed Spanish letter from the plan to a
  housekeeper on an H-2B visa, a key/value block at the right of the address, "4 de marzo de 2026" dates, the six
  earlier visits in a small table as decoys; "dentro de los 60 días siguientes a la fecha de esta carta".
- lowres_pharmacy_letter_claim_no_only_in_subject_fills_after_season: a 150 dpi letter from the administrator to a
  pharmacy ("May 14th, 2026" shape, "Mailed" in the footer), the claim number only in the "Re:" line, two fills after
  coverage ended told in one long paragraph, prescription numbers and "for example, a claim for $100" as decoys;
  "within four months of the date of this letter".
- rotated_hospital_day_benefit_payment_check_stub: a payment notice fed turned: four hospital days at $750 less the
  $250 hospital deductible, the hospital's charges "for your information", a check stub with the amount in words
  (denies nothing; "within 180 days of the date of this notice").
- photocopy_stack_ambulance_bill_duplex_then_appeal_upheld_second_trip_sideways: a photocopied stack of the
  ambulance district's statement to a snowmaker (a real bill; denies nothing), its blank duplex back, and the plan's
  two-page appeal decision keeping the refusal of a second ambulance trip in the plan year (appeal and claim
  numbers, the earlier trip as decoy, page 2 sideways, two signers, only a suit under ERISA left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famif import (IFSheet, add_months, dmy_dash, es_date, first_last, iso, last_first, long, m2,
                               mdy_dots, n2, ord_long, out, people, phone, plus, slash, tollfree, truth, usd, usd_es,
                               wday_long, workday)
from public_kit import digits

FAMILY = ("hollowcrest_mountain_resorts_seasonal_team_member_limited_medical_plan_fixed_amounts_visit_cap_and_"
          "season_end_refusals")
LANG = "en"
SEED = 355085
PLAN = "Hollowcrest Seasonal Team Member Medical Plan"
PLAN_ES = "Plan Médico de Temporada para Empleados de Hollowcrest"
PLAN_ALT = ["Hollowcrest Mountain Resorts", "Hollowcrest Mountain Resorts, Inc.", "Hollowcrest Seasonal Medical Plan",
            "Hollowcrest", "Hollowcrest Team Member Benefits", "Hollowcrest Seasonal Team Member Plan", PLAN_ES]
TPA = "Pikeholt Benefit Administrators, Inc."
TPA_ALT = ["Pikeholt Benefit Administrators", "Pikeholt", "Pikeholt Benefit Administrators Inc"]
RESORT = "Hollowcrest Mountain Resorts, Inc."
GROUP = "HMR-2526"
PLAN_ID = "HSTM-LM26"
TPA_BOX = "P.O. Box 4417, Penstemon Springs, CO 81249"
PLAN_BOX = "Team Member Benefits Office, 12 Gondola Way, Rimeview, CO 81236"
URGENT = "Snowbrook Urgent Care"
FAMILY_MED = "Firnline Family Medicine"
VIRTUAL = "Talusridge Virtual Clinic"
PT = "Glissade Physical Therapy"
HOSP = "Cornice Valley Hospital"
PHARM = "Sitzmark Pharmacy"
AMB = "Rimeview Fire & Ambulance District"
CARRIER = "Larkhollow Mutual Casualty Company"


def mem_no(rng):
    return digits(rng, 8)


def co_address(rng):
    town, z = rng.choice([("Rimeview", "81236"), ("Penstemon Springs", "81249"), ("Larkin Gulch", "81251"),
                          ("Sorrel Flats", "81263")])
    street = rng.choice(["Lift Line Rd Unit 4", "Snowcat Ln", "Employee Housing Bldg C, Rm 212", "Timberline Ct",
                         "Powderhorn Dr Apt 9", "Old Ore Wagon Rd", "Cirque View Dr #3", "Chairlift Ave"])
    return [f"{rng.randint(12, 980)} {street}", f"{town}, CO {z}"]


def tpa_head(p, rng, box=None):
    p.head(TPA, "PBA", [f"Claims administrator for the {PLAN}",
                        f"{TPA_BOX}  |  Member services {tollfree(rng, '866')}  |  TTY 711"], box=box, size=12.4)


def plan_head(p, rng, box=None, es=False):
    if es:
        lines = [f"{PLAN_ES}  |  Patrocinado por {RESORT}",
                 f"{PLAN_BOX}  |  Teléfono {tollfree(rng, '855')}  |  TTY 711"]
    else:
        lines = [f"Sponsored by {RESORT} for seasonal team members at Hollowcrest Peak and Cirque Basin",
                 f"{PLAN_BOX}  |  {tollfree(rng, '855')}  |  TTY 711"]
    p.head(PLAN, "HMR", lines, box=box, size=12.2)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, pa, doc1, doc2 = people(rng, 4)
    num = mem_no(rng)
    sd = workday(dt.date(2026, 3, rng.randint(10, 13)))
    v_uc = dt.date(2026, 1, rng.randint(19, 23))
    v_vv = plus(v_uc, rng.randint(8, 12))
    v6 = dt.date(2026, 2, rng.randint(9, 13))
    v7 = plus(v6, rng.randint(10, 14))
    claims = [
        (f"26-{v_uc:%m%d}-{digits(rng, 4)}", URGENT, f"{pa}, PA-C", v_uc,
         [("Urgent care visit, new patient", "99204", 265.0, 110.0, "P1"), ("X-ray, ankle, 3 views", "73610", 180.0,
                                                                             60.0, "L2")]),
        (f"26-{v_vv:%m%d}-{digits(rng, 4)}", VIRTUAL, f"Dr. {doc2}", v_vv,
         [("Video visit", "99213-95", 89.0, 30.0, "T1")]),
        (f"26-{v6:%m%d}-{digits(rng, 4)}", FAMILY_MED, f"Dr. {doc1}", v6,
         [("Office visit", "99213", 168.0, 70.0, "P1")]),
        (f"26-{v7:%m%d}-{digits(rng, 4)}", FAMILY_MED, f"Dr. {doc1}", v7,
         [("Office visit", "99214", 224.0, 0.0, "V6"), ("Rapid strep test", "87880", 48.0, 48.0, "L2")]),
    ]
    rows = []
    tb = tp = 0.0
    for cno, prov, rend, d, lines in claims:
        rows.append(("span", f"Claim {cno}   {prov}   Rendering: {rend}   Paid to provider"))
        cb = cp = 0.0
        for desc, code, b, pd, rc in lines:
            rows.append([slash(d), desc, code, n2(b), n2(pd), n2(b - pd), n2(pd), rc])
            cb += b
            cp += pd
        rows.append(("bold", ["", "Claim total", "", n2(cb), n2(cp), n2(cb - cp), n2(cp), ""]))
        rows.append(("gap",))
        tb += cb
        tp += cp
    rows.append(("bold", ["", "TOTALS THIS STATEMENT", "4 claims", n2(tb), n2(tp), n2(tb - tp), n2(tp), ""]))
    den = claims[3]
    den_b = sum(x[2] for x in den[4])
    p = IFSheet(footer="Page {n} of {nb}", footer_left=f"EOB issued {slash(sd)}  |  Form PBA-EOB-3",
                ids_foot=f"{last_first(pat)}  |  HCR {num}  |  Group {GROUP}")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([("HCR", "Prefix", 16), (num, "Member no.", 34), (GROUP, "Group no.", 30), (PLAN_ID, "Plan ID", 32),
                  (ord_long(sd), "Statement date", W - 112)], size=9.2)
    p.ln(2)
    y0 = p.get_y()
    for ln in [pat, *co_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("Your statement at a glance", [
        ("Billed by your providers", usd(tb)), ("Plan benefits (fixed amounts)", usd(tp)),
        ("Paid to providers", usd(tp)), ("Paid to you", "$0.00"),
        ("Not paid by the plan (your share)", usd(tb - tp))], x=p.l_margin + W - 92, w=92)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.counter("Doctor and urgent care visits this plan year:", 6, 6, p.l_margin, p.get_y())
    p.para("Your plan is a limited benefit plan. It pays the fixed dollar amounts in the schedule below for each "
           "visit, day or trip, whatever the provider charges. It is not major medical coverage, and the amounts it "
           "pays may be much less than your bills.", 8.8)
    p.schedule_box("Your benefit schedule, plan year November 1, 2025 - October 31, 2026",
                   ["Benefit", "Plan pays", "Limit", "Used so far"],
                   [["Doctor office or urgent care visit", "$70 / $110 a visit", "6 visits", "6"],
                    ["Video visit", "$30 a visit", "no limit", "1"],
                    ["X-ray and lab work", "$60 a day", "10 days", "2"],
                    ["Emergency room visit", "$250 a visit", "2 visits", "0"],
                    ["Hospital stay", "$750 a day", "15 days", "0"],
                    ["Ground ambulance", "$350 a trip", "1 trip", "0"]],
                   [W * 0.4, W * 0.22, W * 0.2, W * 0.18],
                   note="Hospital deductible: $250.00 a plan year (hospital stay benefit only). Met so far: $0.00.")
    p.add_page()
    p.heading("Claims on this statement", 11.5, rule=True)
    widths = [20, 52, 18, 19, 21, 21, 19, W - 170]
    p.listing(["Date", "Service", "Code", "Billed", "Plan benefit", "Not payable", "Paid", "Code"], rows, widths,
              ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.6, row_h=4.5, cont="Claims, continued")
    p.para("You may appeal any decision on this statement within 180 days of the statement date. Write to the "
           f"Appeals Unit, {TPA_BOX}, with the claim number and the reason you disagree, or call member services.",
           8.6)
    p.ruled_glossary("What the codes mean", [
        ("P1", "Paid at the fixed amount the schedule sets for this kind of visit."),
        ("L2", "X-ray and lab work: the plan pays up to the daily fixed amount, or the charge when it is less."),
        ("T1", "Video visit paid at its fixed amount; video visits do not count toward the visit limit."),
        ("V6", "The plan pays for at most six doctor office and urgent care visits together in a plan year. This "
               "visit came after the sixth, so no benefit is payable for it."),
        ("H3", "Hospital deductible applied.")], size=8.0)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=f"HCR{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(v7)],
              denial_date=iso(sd), provider=FAMILY_MED, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [num], "claim_amount": [m2(224.0)],
                          "provider": [f"Dr. {doc1}", doc1]})
    return out(p), t


def scan_season_end_letter(rng):
    pat, ther, sig = people(rng, 3, sexes="M")
    num = mem_no(rng)
    ended = dt.date(2026, 4, 12)
    cov_end = dt.date(2026, 4, 30)
    visits = [dt.date(2026, 5, 4), dt.date(2026, 5, 7), dt.date(2026, 5, rng.randint(11, 13))]
    claim = f"HC26-{digits(rng, 6)}"
    ld = dt.date(2026, 5, 26)
    rcvd = dt.date(2026, 5, rng.randint(18, 20))
    per = rng.choice([165.0, 178.0, 152.0])
    lines = [(v, "97110", "Therapeutic exercise, 2 units", per) for v in visits]
    tot = round(per * 3, 2)
    p = IFSheet(footer=None, footer_left=f"Letter HMR-EL-2 (rev. 10/2025)  |  mailed {slash(ld)}",
                every=f"Mbr HCR {num}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng)
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *co_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("We will not pay a claim for physical therapy")
    p.para(f"Dear {pat.split()[0]}:", 10)
    p.para(f"{PT} sent us a claim for three therapy visits in May. We reviewed it and we will not pay it. We know "
           "this is not the news you wanted, so we have set out the details in three parts:", 10)
    p.bullets(["Page 2: the visits on the claim and what the clinic charged.",
               "Page 3: why the plan will not pay and how to ask us to look again.",
               "Page 4: help in other languages and our nondiscrimination notice."], 10)
    p.para("Please keep this letter. If the clinic bills you, you can show them this letter.", 10)
    p.add_page()
    p.heading("The claim", 12, rule=True)
    p.pairs([("Servicing", PT), ("Therapist", f"{ther}, PT"), ("Claim no.", claim),
             ("Claim received", mdy_dots(rcvd))], label_w=38, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of visit", "Code", "Service", "Charged", "Plan pays"],
            [[slash(v), c, s, usd(b), "$0.00"] for v, c, s, b in lines] + [["", "", "Total", usd(tot), "$0.00"]],
            [W * 0.18, W * 0.12, W * 0.4, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para("The plan would pay $45 a visit for physical therapy, up to 10 visits in a plan year, for a team member "
           "whose coverage is in force on the day of the visit.", 9.4)
    p.add_page()
    p.heading("Why we will not pay", 12, rule=True)
    p.para("Your coverage under the plan lasts as long as your seasonal assignment, and a little longer: it ends on "
           "the last day of the month in which the assignment ends. We can only pay for care you receive while that "
           f"coverage is in force, and our records show your assignment as a lift mechanic at Cirque Basin ended on "
           f"{long(ended)}, so your coverage ended on {long(cov_end)}. The three visits were on {long(visits[0])}, "
           f"{long(visits[1])} and {long(visits[2])}, after that date.", 10)
    p.para("If your assignment really ended later, or you were hired for the summer season before May 1, tell us; a "
           "letter from your supervisor or the resort's payroll office is enough, and we will look at the claim "
           "again.", 10)
    p.heading("How to ask us to look again", 11)
    p.para("You can appeal within 60 calendar days of the date you receive this notice. Write to the Team Member "
           "Benefits Office at the address on page 1 and tell us why you disagree; send any papers that help. You "
           "may ask for copies of the plan rules and of the papers we used, free of charge.", 10)
    p.signoff(["Sincerely,", sig, "Claims review, Team Member Benefits Office"], 9.6)
    p.add_page()
    p.nondiscrim(PLAN, tollfree(rng, "855"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "855"))
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=f"HCR{num}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=PT,
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [ther, f"{first_last(ther)}, PT"]})
    return out(p), t


def finefax_workers_comp(rng):
    pat, att, rep = people(rng, 3, sexes="M")
    num = mem_no(rng)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 4)}"
    dos = dt.date(2026, 2, rng.randint(10, 19))
    nd = workday(dt.date(2026, 3, rng.randint(2, 6)))
    by = dt.date(2026, 6, 5)
    inj = f"WC-26-{digits(rng, 4)}"
    lines = [("0450", "99284", "Emergency department visit", 1875.0), ("0320", "73562", "X-ray, knee, 3 views",
                                                                     312.0),
             ("0324", "73721", "MRI, knee, without contrast", 2640.0), ("0270", "L1832", "Knee brace", 418.0)]
    billed = round(sum(x[3] for x in lines), 2)
    fax = (f"{nd:%m/%d/%y} 10:{rng.randint(10, 59)} PIKEHOLT CLAIMS {phone(rng, '719')} -> "
           f"{phone(rng, '970')}  pg {{n}}")
    p = IFSheet(footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(nd)}  |  PBA-PN-8", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    tpa_head(p, rng)
    p.title_bar("CLAIM DETERMINATION - PROVIDER COPY", f"{PLAN}  |  Plan ID {PLAN_ID}")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", dmy_dash(nd)), ("2. CLAIM NO.", claim), ("3. DATE RECEIVED", slash(plus(dos, 12)))],
                [W / 3] * 3)
    p.form_band([("4. PATIENT", pat), ("5. PREFIX", "HCR"), ("6. MEMBER NO.", num), ("7. GROUP NO.", GROUP)],
                [W * 0.4, W * 0.12, W * 0.24, W * 0.24])
    p.form_band([("8. PROVIDER", HOSP), ("9. DATE OF SERVICE", dmy_dash(dos)), ("10. TOTAL BILLED", usd(billed))],
                [W * 0.46, W * 0.27, W * 0.27])
    p.form_band([("11. ATTENDING", f"Dr. {att}"), ("12. EMPLOYER'S INJURY REPORT", inj),
                 ("13. CALL REFERENCE", f"PB-{digits(rng, 6)}")], [W * 0.4, W * 0.32, W * 0.28])
    p.ln(3)
    p.table(["Rev.", "Code", "Service", "Billed", "Plan benefit"],
            [[r, c, s, usd(b), "$0.00"] for r, c, s, b in lines] + [["", "", "Total", usd(billed), "$0.00"]],
            [W * 0.1, W * 0.13, W * 0.47, W * 0.15, W * 0.15], size=8.8, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.bar("Determination", 9.6)
    p.para(f"No benefit is payable on this claim. {pat} was seen on {long(dos)} for a knee injury. The resort's "
           f"injury report {inj}, signed by {rep}, ski patrol supervisor, shows that he was hurt on duty during "
           "avalanche control work on Hollowcrest Peak. The plan does not pay for an injury that happens at work "
           f"for {RESORT}; those bills go to the resort's workers' compensation carrier, {CARRIER}, under the "
           "injury report number above. Please send the claim there and do not bill the patient while the "
           "carrier reviews it.", 9.4)
    p.bar("If you disagree", 9.6)
    p.para(f"If you believe the injury did not happen at work, send us an appeal no later than {long(by)}, with the "
           "emergency department record and any statement from the patient. Appeals received after that date "
           "will not be reviewed.", 9.4)
    p.para(f"Pikeholt Benefit Administrators handles claims for the plan; it does not decide workers' compensation "
           f"claims. Questions: provider services, {tollfree(rng, '866')}.", 8.4)
    t = truth("denial_letter", "other", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=f"HCR{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(nd), provider=HOSP, appeal_deadline=iso(by), denial_alternates=["not_covered"],
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [f"Dr. {att}", att]})
    return out(p), t


def phone_es_visit_cap(rng):
    pat, doc, sig = people(rng, 3, es=True, sexes="F")
    num = mem_no(rng)
    claim = f"HC26-{digits(rng, 6)}"
    ld = workday(dt.date(2026, 3, rng.randint(9, 12)))
    earlier = sorted(plus(dt.date(2025, 11, 20), x) for x in rng.sample(range(0, 85), 6))
    v7 = plus(earlier[-1], rng.randint(6, 10))
    billed = rng.choice([245.0, 268.0, 231.0])
    p = IFSheet(footer=None, footer_left=f"Carta HMR-ES-4  |  Enviada el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(f"Rimeview, Colorado, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *co_address(rng)],
                       [("N.° de miembro", f"HCR {num}"), ("Grupo", GROUP), ("Reclamación", claim),
                        ("Fecha del servicio", es_date(v7)), ("Proveedor", URGENT), ("Cobrado", usd_es(billed))],
                       split=0.48, cap_w=34, size=8.8)
    p.heading("No podemos pagar su visita a urgencias", 12.5)
    p.para(f"Estimada {pat.split()[0]}:", 10)
    p.para(f"{URGENT} nos envió la cuenta de su visita del {es_date(v7)}, cuando la atendió el Dr. {doc}. "
           "Revisamos la reclamación y no podemos pagarla.", 10)
    p.para("**Por qué.** Este plan es un plan de beneficios limitados: paga una cantidad fija por cada visita "
           "($70 por una consulta en el consultorio y $110 por una visita a urgencias), pero solo hasta seis visitas "
           "de esos dos tipos, juntas, en cada año del plan (del 1 de noviembre al 31 de octubre). Usted ya había "
           "usado las seis visitas de este año del plan antes de esta. Por eso no corresponde ningún pago.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visita", "Fecha", "Lugar", "Pagado por el plan"],
            [[f"{i + 1}", es_date(d), URGENT if i % 2 else "Firnline Family Medicine", usd_es(110.0 if i % 2 else 70.0)]
             for i, d in enumerate(earlier)] + [["7", es_date(v7), URGENT, "$0.00"]],
            [W * 0.1, W * 0.3, W * 0.38, W * 0.22], size=8.6, aligns=["C", "L", "L", "R"])
    p.para("Las visitas por video ($30 cada una) no cuentan para el límite y las puede seguir usando. La línea de "
           "enfermería de la estación también es gratis.", 10)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de los 60 días siguientes a la fecha de esta carta. "
           "Escríbanos a la Oficina de Beneficios (la dirección está arriba) y díganos por qué no está de "
           "acuerdo. Puede pedir gratis una copia de las reglas del plan.", 10)
    p.signoff(["Atentamente,", sig, "Oficina de Beneficios para Empleados"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=GROUP, member_id=f"HCR{num}", member_name=pat,
              cases=[claim], claim_amount=m2(billed), service_dates=[iso(v7)], denial_date=iso(ld), provider=URGENT,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def lowres_pharmacy(rng):
    pat, rph, sig = people(rng, 3, sexes="F")
    num = mem_no(rng)
    claim = f"RX26-{digits(rng, 7)}"
    ended = dt.date(2026, 3, 29)
    f1 = dt.date(2026, 4, rng.randint(2, 6))
    f2 = plus(f1, rng.randint(6, 9))
    ld = dt.date(2026, 5, 14)
    fills = [(f1, f"{digits(rng, 7)}", "amoxicillin 875 mg, 20 tablets", 38.4),
             (f2, f"{digits(rng, 7)}", "fluticasone nasal spray, 16 g", 64.15)]
    tot = round(sum(x[3] for x in fills), 2)
    p = IFSheet(footer=None, footer_left=f"Mailed {slash(ld)}  |  PBA-RX-5")
    p.set_margins(20, 16, 20)
    p.add_page()
    tpa_head(p, rng)
    p.line(ord_long(ld), 10.2, "B")
    p.ln(3)
    for ln in [PHARM, f"Attn: {rph}, RPh", "220 Main Street", "Rimeview, CO 81236"]:
        p.line(ln, 10)
    p.ln(4)
    p.re_line([f"Pharmacy claim {claim}", f"{pat}", f"HCR {num}", f"Group {GROUP}"])
    p.para(f"Dear {first_last(rph)}:", 10)
    p.para(f"We received your pharmacy's claim for two prescriptions filled for {pat}, and we have finished "
           "reviewing it. As you may know, the plan is a limited benefit plan for seasonal team members of "
           f"{RESORT}; it pays a fixed $12 for each covered prescription fill, it is billed by the pharmacy on the "
           "member's behalf, and what it pays is set by the schedule and not by the price of the drug, so the "
           "member pays the rest at the counter, which is why members sometimes ask the pharmacy to hold a claim "
           "until the plan has decided it; in this case the plan will not pay either fill, because coverage for "
           f"{pat.split()[0]} ended on March 31, 2026, the last day of the month in which her seasonal assignment "
           f"as a ski instructor ended (her last day of work was {long(ended)}), and both fills were made in April; "
           "please collect your usual price from her or reverse the claims, and tell her that she may appeal.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Filled", "Rx number", "Drug", "Submitted"],
            [[slash(d), rx, drug, usd(b)] for d, rx, drug, b in fills] + [["", "", "Total", usd(tot)]],
            [W * 0.18, W * 0.2, W * 0.42, W * 0.2], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("How the pharmacy benefit is figured: for example, a claim for $100.00 for one covered fill is paid $12.00, "
           "and the member owes $88.00; a fill the plan does not cover is paid $0.00.", 9)
    p.para(f"The member, or the pharmacy on her behalf with her written consent, may appeal within four months of "
           f"the date of this letter. Write to the Appeals Unit, {TPA_BOX}.", 10)
    p.signoff(["Sincerely,", sig, "Pharmacy claims, Pikeholt Benefit Administrators"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=GROUP, member_id=f"HCR{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(f1), iso(f2)], denial_date=iso(ld),
              provider=PHARM, appeal_deadline=iso(add_months(ld, 4)),
              alternates={"insurer": TPA_ALT, "provider": [f"{rph}, RPh", rph]})
    return out(p), t


def rotated_payment(rng):
    pat, att, sig = people(rng, 3)
    num = mem_no(rng)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 4)}"
    a = dt.date(2026, 2, rng.randint(16, 20))
    b = plus(a, 4)
    nd = workday(dt.date(2026, 3, rng.randint(23, 26)))
    charges = round(rng.randint(19000, 26000) + rng.choice([0.0, 0.35, 0.8]), 2)
    days = 4
    pay = days * 750.0 - 250.0
    chk = digits(rng, 7)
    home = co_address(rng)
    p = IFSheet(footer=None, footer_left=f"Benefit payment notice  |  {slash(nd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="BENEFIT PAYMENT")
    p.line(wday_long(nd), 10, "B")
    p.ln(2)
    p.addr_kv([pat, *home],
              [("Member", f"HCR {num}"), ("Group", GROUP), ("Claim", claim), ("Hospital", HOSP),
               ("Admitted", slash(a)), ("Discharged", slash(b))], w=88, cap_w=26)
    p.heading("We are paying your hospital stay benefit", 12)
    p.para(f"{HOSP} sent us a claim for your stay from {long(a)} to {long(b)}, when Dr. {att} cared for you after "
           "your snowboard fall on your day off. Your plan pays a fixed amount for each day in the hospital; the "
           "check below is made out to you, to use as you need.", 9.8)
    p.leaders([("Days in the hospital (the day you leave is not counted)", f"{days}"),
               ("Hospital stay benefit, $750.00 a day", usd(days * 750.0)),
               ("Hospital deductible for this plan year", "-" + usd(250.0)),
               ("Benefit paid to you", usd(pay)),
               ("Hospital's charges (for your information)", usd(charges))], size=9.4)
    p.para("The plan pays these fixed amounts whatever the hospital charges. The hospital will send you its own "
           "bill; this notice is not one. If you think we counted the days wrong, you may appeal within 180 days of "
           "the date of this notice.", 9.4)
    p.check_stub(f"{PLAN} - benefit account", [pat, *home], chk, slash(nd), pay,
                 memo=f"Claim {claim} hospital benefit", bank="Drawn on Gunnison Range Bank, N.A.")
    t = truth("eob", None, insurer=PLAN, group=GROUP, member_id=f"HCR{num}", member_name=pat, cases=[claim],
              claim_amount=m2(charges), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "claim_amount": [None],
                          "provider": [f"Dr. {att}", att]})
    return out(p), t


def photocopy_stack(rng):
    pat, chair, rn, medic = people(rng, 4, sexes="M")
    num = mem_no(rng)
    home = co_address(rng)
    t1 = dt.date(2025, 12, rng.randint(20, 29))
    t2 = dt.date(2026, 3, rng.randint(2, 8))
    claim = f"26-{digits(rng, 4)}-{digits(rng, 4)}"
    apl = f"AP-26-{digits(rng, 5)}"
    asked = dt.date(2026, 4, rng.randint(6, 10))
    dd = dt.date(2026, 5, rng.randint(4, 8))
    miles = rng.randint(14, 22)
    lines = [("A0429", "Ambulance, basic life support, emergency", 1465.0),
             ("A0425", f"Ground mileage, {miles} miles", round(miles * 31.5, 2))]
    billed = round(sum(x[2] for x in lines), 2)
    sd = plus(dd, rng.randint(6, 10))
    acct = f"RFA-{digits(rng, 6)}"
    # document 1: the ambulance district's statement
    h = IFSheet(footer=None, footer_left=f"Statement date {slash(sd)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(AMB, "RFAD", ["Ambulance billing  |  560 Firehouse Lane, Rimeview, CO 81236",
                         f"Billing questions {phone(rng, '970')}  |  Hours: Mon-Fri 8-4"], box="STATEMENT", size=12)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(sd)), ("ACCOUNT NO.", acct), ("PATIENT", pat),
                ("PLEASE PAY", usd(billed))], [W * 0.2, W * 0.22, W * 0.34, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Date of transport", slash(t2)), ("From", "Cirque Basin base area"), ("To", HOSP),
             ("Insurance", PLAN), ("Insurance ID", f"HCR {num}"), ("Insurance status", "Denied 04/02/2026")],
            label_w=42, size=9.4)
    h.ln(2)
    h.table(["Code", "Description", "Charges"], [[c, s, usd(x)] for c, s, x in lines] +
            [["", "Total charges", usd(billed)], ["", "Insurance paid", "$0.00"], ["", "Balance due", usd(billed)]],
            [W * 0.16, W * 0.6, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    h.para(f"Your insurance did not pay this transport. The balance is now yours. Please pay by {long(plus(sd, 30))} "
           f"or call us for a payment plan. District residents may ask about the hardship program.", 9.4)
    d_a = (out(h), truth("other", None, insurer=None, member_id=f"HCR{num}", member_name=pat, cases=[],
                         claim_amount=m2(billed), service_dates=[iso(t2)], denial_date=iso(sd), provider=AMB,
                         unscored=["insurer"], alternates={"member_id": [None, num]}))
    # document 2: the plan's appeal decision, two pages
    d = IFSheet(footer="Page {n} of {nb}", footer_left=f"Appeal decision HMR-AD-1  |  {slash(dd)}",
                ids_foot=f"Appeal {apl}  |  Claim {claim}  |  HCR {num}")
    d.set_margins(18, 16, 18)
    d.add_page()
    plan_head(d, rng)
    d.line(f"Decision date: {long(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", apl), ("Claim no.", claim), ("Member", f"HCR {num}"),
                             ("Transport", slash(t2)), ("Provider", AMB), ("You asked", slash(asked))],
              w=88, cap_w=26)
    d.heading("Decision on your appeal", 12)
    d.para(f"Dear {pat.split()[0]}:", 10)
    d.para(f"You asked us to pay {AMB}'s claim for your ambulance ride on {long(t2)}, from the Cirque Basin base "
           f"area to {HOSP}, after you collapsed with chest pain. The district billed {usd(billed)}. The appeals "
           "committee met and looked at the claim, the run report and your letter.", 10)
    d.para("**Our decision: we agree with the first decision.** The plan pays $350 for one ambulance trip in each "
           f"plan year. The plan already paid that benefit for your ride on {long(t1)}, after your fall while "
           "skiing on your day off, so no ambulance benefit is left for this plan year. The committee understands that "
           "both rides were needed; the limit does not depend on that.", 10)
    d.heading("What the committee looked at", 10.5)
    d.bullets([f"Your appeal letter dated {long(asked)} and the note from the emergency room doctor.",
               f"{AMB}'s claim and its run report for the ride on {long(t2)}.",
               f"The plan's record of benefits paid since November 1, 2025, including the ride on {long(t1)}.",
               "The benefit schedule in the plan document (ground ambulance: $350 a trip, one trip a plan year)."],
              9.8)
    d.add_page()
    d.para("Your emergency room visit and tests that day were paid under their own benefits, on a separate "
           "statement.", 10)
    d.heading("Your rights", 11)
    d.para("This was the plan's final review. If you still disagree, you have the right to bring a civil action "
           "under section 502(a) of the Employee Retirement Income Security Act. You may ask for free copies of the "
           "plan rules and of every paper the committee used.", 10)
    d.two_sigs([chair, "Chair, Team Member Benefits Appeals Committee"], [f"{rn}, RN", "Nurse reviewer"])
    d_b = (out(d), truth("denial_letter", "not_covered", insurer=PLAN, member_id=f"HCR{num}", member_name=pat,
                         cases=[apl, claim], claim_amount=m2(billed), service_dates=[iso(t2)], denial_date=iso(dd),
                         provider=AMB,
                         alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[apl], [claim]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_seventh_visit_beyond_cap_code_only", "born_digital", [born_eob(rng)]),
        Item(F + "scan_three_page_letter_running_header_therapy_after_season_coverage_ended", "scan_clean_300",
             [scan_season_end_letter(rng)]),
        Item(F + "finefax_provider_notice_boxes_ski_patrol_knee_on_duty_workers_comp", "fax_fine_g4",
             [finefax_workers_comp(rng)]),
        Item(F + "phone_es_carta_septima_visita_urgencias_limite_anual", "phone_photo", [phone_es_visit_cap(rng)]),
        Item(F + "lowres_pharmacy_letter_claim_no_only_in_subject_fills_after_season", "scan_lowres_150",
             [lowres_pharmacy(rng)]),
        Item(F + "rotated_hospital_day_benefit_payment_check_stub", "rotated", [rotated_payment(rng)]),
    ]
    docs = photocopy_stack(rng)
    items.append(Item(F + "photocopy_stack_ambulance_bill_duplex_then_appeal_upheld_second_trip_sideways",
                      "photocopy", docs, separators=["duplex", None], turns={(1, 1): 90}))
    return items
