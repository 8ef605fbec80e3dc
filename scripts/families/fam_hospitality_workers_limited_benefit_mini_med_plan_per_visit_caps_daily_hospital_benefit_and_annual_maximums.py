"""An invented limited-benefit ("mini-med") medical plan for restaurant, hotel and catering workers: Pennyroyal Mutual
Life and Health Insurance Company insures the HearthCare Limited Benefit Medical Plan, which employers of hourly
hospitality staff offer; Brigade Benefit Administrators, Inc. answers providers for it. The plan pays fixed amounts
up to caps and nothing past them: a daily hospital benefit for up to 10 days a plan year, a flat amount per office,
urgent care, emergency room or therapy visit up to a number of visits a year, a yearly lab and X-ray allowance, a
surgery benefit; coverage starts after 60 days of work and ends at the end of the month in which a worker's average
falls under 25 hours a week; claims must reach the plan within 90 days after the service; a planned hospital stay
must be called in at least 3 days ahead; injuries at work are left to workers' compensation. Every rule, cap, time
limit, code, employer, hospital, clinic, practice, person and number here is invented (nothing is taken from a
public rule); phones are 555 numbers.

Documents (8 in 7 files):
- born_digital_therapy_visits_eleventh_to_thirteenth_of_ten: a two-claim EOB with a caps-used meter (therapy visits
  13 of 10, lab dollars) whose therapy claim pays $40 for visits 9 and 10 ("85.00-" over the per-visit benefit) and
  nothing for the three visits past the tenth, each visit a row with its date; a statement total that is not the
  refused amount, a scan line and a form number with a revision date (not_covered; "within 180 days of the date of
  this statement").
- stdfax_hospital_days_past_ten_day_year_provider_notice: the administrator's standard-fax notice to a hospital's
  patient accounts, a sidebar with phone, fax and TTY beside the subscriber no. and Ref#, "Adm. 04/06/26 /
  Disch. 04/13/26", four days paid at $500 and three refused because six days were used in January; the billed
  amount and what is left only in sentences; a fax line dated three days later (not_covered; "within 90 days of the
  notice date").
- lowres_check_box_form_hours_fell_coverage_ended: a 150 dpi claim determination form with numbered boxes and a
  decision block whose ticked box says no coverage on the date of service (average hours under 25 in February), a
  control number, an enrollee identifier with a B among its digits and a printed date that differs from the
  decision date in box 1 (eligibility; "within 60 days of the decision date in box 1").
- photocopy_rail_letter_three_visits_reached_plan_after_ninety_days: a photocopied two-column letter with a shaded
  rail (participant ID, tracking no., phone / fax / TTY, a MAILED stamp) refusing three visits "from 1/12 through
  1/16/2026" whose claim first reached the plan 126 days after the last one; the amount only in a sentence and rows
  (timely_filing; "within 180 days of the date of this letter").
- phone_es_quemadura_en_la_cocina_accidente_de_trabajo: a photographed Spanish letter to a line cook refusing the
  emergency visit for a burn at work ("03.03.26", "martes 3 de marzo de 2026", "1.318,40 $ (US$ 1,318.40)" only in
  a sentence; the workers' compensation carrier's claim number as a decoy) (other; "dentro de los 90 días
  siguientes a la fecha de esta carta").
- rotated_planned_gallbladder_surgery_call_ahead_received: an acknowledgement that a planned admission was called in
  ahead, with the benefits that will apply, fed sideways (denies nothing).
- finefax_stack_third_er_visit_then_planned_stay_not_called_in: a fine-fax stack of the member's own typed cover page
  to a workers' legal clinic (a call reference and page count), the insurer's letter refusing a third emergency visit
  in the plan year (two a year; "within 180 days after you receive this letter", null), and a two-page EOB refusing
  the daily hospital benefit for a back surgery stay nobody called in ahead, page 2 (fed sideways) holding the day
  rows and the facts table at its foot (prior_authorization; "must be postmarked by November 10, 2026").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famje import (EFSheet, es_amt, es_date, es_wday, dots2, from_through, grouped, icn, long, n2,
                               odd_in, people, phone, slash, stamp_date, toll, trail, week_of, wlong, yy)
from public_kit import digits, m2, money, out, plus, truth

FAMILY = "hospitality_workers_limited_benefit_mini_med_plan_per_visit_caps_daily_hospital_benefit_and_annual_maximums"
LANG = "en"
SEED = 355054
INS = "Pennyroyal Mutual Life and Health Insurance Company"
PLAN = "HearthCare Limited Benefit Medical Plan"
TPA = "Brigade Benefit Administrators, Inc."
ALT = ["Pennyroyal Mutual", "Pennyroyal Mutual Life and Health", "HearthCare", PLAN]
RIBBON = ("A LIMITED BENEFIT PLAN: IT IS NOT MAJOR MEDICAL COVERAGE. IT PAYS FIXED AMOUNTS, UP TO THE CAPS IN YOUR "
          "SCHEDULE.")
RIBBON_ES = ("PLAN DE BENEFICIOS LIMITADOS: NO ES UN SEGURO MÉDICO COMPLETO. PAGA CANTIDADES FIJAS HASTA LOS LÍMITES "
             "DE SU TABLA.")


def cert(rng, odd: str | None = None) -> str:
    """Certificate number: PM and nine digits."""
    return "PM" + odd_in(digits(rng, 9), odd, rng)


def show(c: str) -> str:
    return f"PM {grouped(c[2:])}"


def clm(rng) -> str:
    return f"HC26-{digits(rng, 7)}"


def _head(p, rng, box: str | None = None, es: bool = False):
    lines = ["Claims: PO Box 31077, Columbus, OH 43231-0077", f"Member services {toll(rng)}  \u2022  TTY 711",
             f"Fax {phone(rng, '614')}"]
    p.ribbon_head("Pennyroyal Mutual", f"{INS}  \u2022  {PLAN}", lines, RIBBON_ES if es else RIBBON, box=box)


# --- 1. therapy visits past the tenth (born digital EOB) ----------------------------------------------------------
def bd_eob(rng):
    member, therapist, sig = people(rng, 3)
    cno = cert(rng)
    grp = "G-52318"
    st = dt.date(2026, 3, 27)
    visits = [dt.date(2026, 3, d) for d in (2, 4, 6, 9, 11)]
    lab_day = dt.date(2026, 3, 5)
    c1, c2 = clm(rng), clm(rng)
    pt = "Tidewater Physical Therapy & Sports Rehab"
    lab = "Harborside Diagnostic Laboratory"
    per, cap = 125.00, 40.00
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form PM-EOB-3 (rev. 03/2025)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [member, "2290 Dockside Row, Apt 5", "Sandusky, OH 44870"]:
        p.line(ln, 9.6)
    p.set_xy(p.l_margin + W - 86, y0)
    p.leaders([("Statement date", long(st)), ("Certificate no.", show(cno)), ("Group", grp),
               ("Employer", "Halyard Bay Resort & Conference Ctr."), ("Plan", "HC-B (HearthCare Basic)")],
              size=8.2, w=86, x=p.l_margin + W - 86)
    p.set_y(max(p.get_y(), y0 + 16) + 2)
    p.meter([("Therapy visits this plan year", 13, 10, "13 used of 10"),
             ("Lab and X-ray dollars this plan year", 146, 250, "$146.00 used of $250.00"),
             ("Office visits this plan year", 2, 6, "2 used of 6")], title="Your caps for 2026", size=8.2)
    heads = ["Date", "Visit", "Service", "Billed", "Over benefit", "Paid", "Note"]
    widths = [20, 14, 62, 22, 24, 20, W - 162]
    al = ["L", "C", "L", "R", "R", "R", "C"]
    p.f(9, "B")
    p.cell(0, 5.2, f"Claim {c1}   {pt}   Therapist: {therapist}, PT", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for i, d in enumerate(visits):
        n = 9 + i
        if n <= 10:
            rows.append([yy(d), str(n), "Therapy visit: exercises, manual therapy", n2(per), trail(per - cap),
                         n2(cap), "V1"])
        else:
            rows.append([yy(d), str(n), "Therapy visit: exercises, manual therapy", n2(per), "", "0.00", "V9"])
    p.ledger(heads, rows, widths, al, size=7.8,
             totals=["", "", "Claim total", n2(per * 5), trail(2 * (per - cap)), n2(2 * cap), ""])
    p.ln(1)
    p.f(9, "B")
    p.cell(0, 5.2, f"Claim {c2}   {lab}", new_x="LMARGIN", new_y="NEXT")
    p.ledger(heads, [[yy(lab_day), "", "Metabolic panel and blood count", "48.00", "", "48.00", "L1"]], widths, al,
             size=7.8, totals=["", "", "Claim total", "48.00", "", "48.00", ""])
    p.ln(1)
    p.leaders([("Billed on this statement", n2(per * 5 + 48)), ("Paid to the providers", n2(2 * cap + 48))],
              size=8.8)
    p.para(f"We did not pay {money(per * 5 - 2 * cap)} of the therapy charges: {n2(2 * (per - cap))} over the "
           "$40.00 the plan pays a visit, and the three visits after your tenth of the year. The therapy clinic "
           "may bill you for what we did not pay.", 9.0)
    p.bar("Notes")
    p.reasons([("V1", "The plan pays $40.00 for each therapy visit. The rest of the charge is yours."),
               ("V9", "The plan pays for 10 therapy visits in a plan year. This visit came after the tenth; the plan "
                      "pays nothing for it."),
               ("L1", "Paid from your yearly lab and X-ray allowance of $250.00.")], size=8.6)
    p.para("Think we made a mistake? Write to the claims address above within 180 days of the date of this "
           "statement. Tell us the claim number and why you disagree.", 8.8)
    p.para(f"{sig}, Claims Department", 8.6)
    p.scanline(f"0{cno[2:]}  {c1.replace('-', '')}  {st.strftime('%m%d%y')}  0000008000  7")
    t = truth("eob", "not_covered", insurer=INS, plan_id="HC-B", group=grp, member_id=cno, member_name=member,
              cases=[c1], claim_amount=m2(per * 5),
              service_dates=[f"{visits[2].isoformat()}/{visits[4].isoformat()}"],
              denial_date=st.isoformat(), provider=pt, appeal_deadline=plus(st, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [therapist],
                          "service_dates": [[d.isoformat() for d in visits[2:]],
                                            [f"{visits[0].isoformat()}/{visits[4].isoformat()}"],
                                            [d.isoformat() for d in visits]]},
              denial_alternates=["other"])
    return out(p), t


# --- 2. hospital days past the 10-day year (standard fax, provider notice from the administrator) ------------------
def stdfax_days(rng):
    member, sig = people(rng, 2, sex="F.")
    cno = cert(rng)
    grp = "G-30764"
    ref = clm(rng)
    nd = dt.date(2026, 4, 24)
    sent = dt.date(2026, 4, 27)
    adm, dis = dt.date(2026, 4, 6), dt.date(2026, 4, 13)
    paid_to = dt.date(2026, 4, 9)
    off = dt.date(2026, 4, 10)
    last = dt.date(2026, 4, 12)
    billed = 21846.30
    hosp = "St. Brendan's Harbor Hospital"
    acct = f"PA{digits(rng, 8)}"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="BBA-HC-PN (rev. 02/2026)",
                fax_hdr=f"{yy(sent)} 14:06  BRIGADE BENEFIT ADMIN  614 555 0177  ->  PATIENT ACCTS  PG {{n}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_head(TPA, "BBA", [f"Claims administrator for {INS}, {PLAN}",
                             "PO Box 31077, Columbus, OH 43231-0077"], box="PROVIDER NOTICE")
    p.addr_pair("To", [f"{hosp}", "Patient Accounts", "1 Harbor Hill Rd", "Erie, PA 16507"],
                "Patient", [member, f"Subscriber no. {show(cno)}", f"Group {grp}", "Plan HC-P (HearthCare Plus)"],
                size=9.0)
    p.ln(2)
    side = [("Notice date", slash(nd)), ("Ref#", ref), ("Subscriber no.", show(cno)), ("Your patient acct", acct),
            ("Adm.", yy(adm)), ("Disch.", yy(dis)), ("Provider line", toll(rng)), ("Fax", phone(rng, "614")),
            ("TTY", "711")]
    paras = [f"We have processed the hospital claim for {member}'s stay from {slash(adm)} to {slash(dis)}.",
             "This plan does not pay a share of hospital charges. It pays a fixed daily hospital benefit of $500.00 "
             "for each day of a hospital stay, for no more than 10 days in a plan year. The patient was in your "
             "hospital for six days in January (01/12/2026 - 01/18/2026), so four days were left for this stay.",
             f"We paid four days, {slash(adm)} through {slash(paid_to)}: $2,000.00, by EFT to the hospital. The days "
             f"{slash(off)} through {slash(last)} are past the tenth day of the plan year and are not paid. The "
             "discharge day is not a hospital day under the plan.",
             f"The hospital billed {money(billed)} for this stay. Apart from the $2,000.00 above, nothing on this "
             "claim is payable under the plan; the patient's plan pays no other benefit for hospital charges."]
    p.facts_right(side, paras, side_w=58, size=9.2, title="Claim facts")
    p.table(["Day", "Date", "Daily benefit", "Status"],
            [[str(i + 1), slash(plus(adm, i)), "500.00" if i < 4 else "0.00",
              "paid (days 7-10 of 10)" if i < 4 else "past 10 days a year"] for i in range(7)],
            [16, 36, 34, 64], size=8.6, aligns=["C", "L", "R", "L"], row_h=5.0)
    p.para("A provider may ask us to look at this again within 90 days of the notice date. Send the Ref# and what "
           "you think we got wrong. A provider appeal does not hold the patient's own rights to appeal.", 9.0)
    p.para(f"{sig}\nHospital Claims, {TPA}", 9.0)
    t = truth("denial_letter", "not_covered", insurer=TPA, plan_id="HC-P", group=grp, member_id=cno,
              member_name=member, cases=[ref], claim_amount=m2(billed),
              service_dates=[f"{off.isoformat()}/{last.isoformat()}"], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": [INS, *ALT, "Brigade Benefit Administrators", "Brigade"],
                          "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"]]},
              denial_alternates=["other"], type_alternates=["eob"])
    return out(p), t


# --- 3. check-box form: hours fell, coverage ended (150 dpi) --------------------------------------------------------
def lowres_form(rng):
    member, sig = people(rng, 2)
    cno = cert(rng, "B")
    grp = "G-27790"
    ctrl = f"CN {digits(rng, 4)} {digits(rng, 4)}"
    ctrl_v = ctrl.replace(" ", "")
    dd = dt.date(2026, 4, 2)
    printed_on = dt.date(2026, 4, 6)
    seen = dt.date(2026, 3, 14)
    ended = dt.date(2026, 2, 28)
    amt = 214.00
    clinic = "Brightwater Walk-In Care"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form PM-CD-1 (rev. 03/2025)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, box="CLAIM DETERMINATION")
    p.f(7.6)
    p.cell(0, 3.6, f"printed {slash(printed_on)}  \u2022  {member}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Decision date", slash(dd)), ("2. Enrollee identifier", show(cno)), ("3. Group", grp),
                 ("4. Control number", ctrl)], [36, 52, 34, W - 122])
    p.form_band([("5. Patient", member), ("6. Provider", clinic), ("7. Date of service", wlong(seen))],
                [50, 64, W - 114])
    p.form_band([("8. Employer", "Tin Whistle Diners, LLC"), ("9. Billed", money(amt)), ("10. Plan", "HC-B")],
                [78, 50, W - 128])
    p.ln(4)
    p.decision_boxes("DECISION (the ticked box applies)", [
        (False, "Paid at the plan's fixed benefit", "See the payment lines on your EOB."),
        (False, "More information needed", "We will write to you about what we need."),
        (True, "Not payable: there was no coverage on the date of service",
         f"Your coverage ended on {long(ended)}. Coverage lasts through the end of a month in which your hours "
         "average 25 or more a week; your employer's report for February shows an average of 18.5 hours a week, so "
         f"it did not go on into March. The visit on {long(seen)} came after that."),
        (False, "Not payable: a cap in your schedule was reached", "")], size=8.8)
    p.para("If your hours go back up to an average of 25 a week, coverage starts again on the first day of the next "
           "month; your employer tells us. If the employer's report is wrong, ask your manager to send us a "
           "corrected one.", 9.0)
    p.para("To ask for a review, write to us within 60 days of the decision date in box 1. Include the control "
           "number and any pay stubs that show your hours.", 9.0)
    p.para(f"{sig}, Eligibility Unit  \u2022  {toll(rng)}", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id="HC-B", group=grp, member_id=cno, member_name=member,
              cases=[ctrl_v], claim_amount=m2(amt), service_dates=[seen.isoformat()], denial_date=dd.isoformat(),
              provider=clinic, appeal_deadline=plus(dd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


# --- 4. three visits reached the plan after 90 days (photocopy, rail letter) -------------------------------------
def photocopy_late(rng):
    member, doc, sig = people(rng, 3)
    cno = cert(rng)
    grp = "G-11486"
    trk = f"TRK-{digits(rng, 8)}"
    ld = dt.date(2026, 6, 3)
    mailed = dt.date(2026, 6, 5)
    visits = [dt.date(2026, 1, 12), dt.date(2026, 1, 14), dt.date(2026, 1, 16)]
    got = dt.date(2026, 5, 22)
    due = plus(visits[-1], 90)
    per = 145.00
    prac = "Larkhaven Family Practice"
    p = EFSheet(footer=None, footer_left="PM-TL-2 (rev. 03/2025)")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng)
    p.stamp(f"MAILED {stamp_date(mailed)}", p.w - p.r_margin - 46, p.get_y() - 2, size=9)
    p.ln(6)
    blocks = [("Your coverage", [("Participant ID", show(cno)), ("Group", f"{grp}  (The Gilded Ladle)"),
                                 ("Plan", "HC-P")]),
              ("This claim", [("Letter date", long(ld)), ("tracking no.", trk), ("Provider", prac),
                              ("Received", slash(got))]),
              ("Call or write", [("Member services", toll(rng)), ("Fax", phone(rng, "614")), ("TTY", "711")])]
    paras = [f"{member}\n418 Cannery St, Apt 2\nSandusky, OH 44870",
             f"Dear {member.split()[0]} {member.split()[-1]}:",
             f"{prac} sent us a claim for three office visits {from_through(visits[0], visits[-1])} "
             f"({week_of(visits[0])}), when Dr. {doc} treated you for bronchitis. We cannot pay the {money(per * 3)} "
             "for these visits.",
             "The plan pays a claim only when it reaches us within 90 days after the date of the visit. For the last "
             f"of these visits that day was {long(due)}. The practice's claim first reached us on {long(got)}, 126 "
             "days after the last visit. We have no record of an earlier claim from the practice or from you.",
             "If the practice sent the claim earlier and has proof, such as a clearinghouse report showing we "
             "accepted it, ask the practice to send it to us and we will look again.",
             lambda q: q.table(["Visit", "Billed", "Plan pays", "Why"],
                               [[slash(d), n2(per), "0.00", "reached us after 90 days"] for d in visits],
                               [28, 24, 24, 46], size=8.6, aligns=["L", "R", "R", "L"], row_h=5.0),
             "You may ask for a review within 180 days of the date of this letter. Quote the tracking no.",
             f"Sincerely,\n{sig}\nClaims Department"]
    p.rail_letter(blocks, paras, rail_w=54, size=9.2)
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id="HC-P", group=grp, member_id=cno,
              member_name=member, cases=[trk], claim_amount=m2(per * 3),
              service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"], denial_date=ld.isoformat(),
              provider=prac, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"],
                          "service_dates": [[d.isoformat() for d in visits]]})
    return out(p), t


# --- 5. Spanish: burn in the kitchen, a work injury (phone photo) -------------------------------------------------
def phone_es(rng):
    member, erdoc, sig = people(rng, 3, es=True, sex="MM.")
    cno = cert(rng)
    grp = "G-60215"
    ref = clm(rng)
    ld = dt.date(2026, 3, 26)
    er = dt.date(2026, 3, 3)
    amt = 1318.40
    hosp = "Riverbend Community Hospital"
    wc = f"WC-{digits(rng, 3)}-{digits(rng, 6)}"
    p = EFSheet(footer="Página {n} de {nb}", footer_left="PM-ES-4 (rev. 01/2026)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, es=True)
    p.line(f"Fecha: {es_date(ld)}", 9.8, "B")
    p.ln(2)
    for ln in [member, "1127 Avenida Magnolia", "San Antonio, TX 78207"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.hang([("Número de certificado", show(cno)), ("Grupo", f"{grp} (Grupo Cazuela Dorada, LLC)"),
            ("Ref#", ref), ("Hospital", hosp), ("Fecha de la visita", dots2(er))], cap_w=42, size=9.2)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.8)
    p.para(f"Recibimos la cuenta de la sala de emergencias de {hosp} por la quemadura de su mano derecha, atendida "
           f"el {es_wday(er)} por el Dr. {erdoc}. No podemos pagar los {es_amt(amt)} (US$ {n2(amt)}) de esa "
           "cuenta.", 9.8)
    p.para("En la hoja de admisión usted contó que se quemó con aceite de la freidora durante su turno en la cocina "
           "del restaurante. Este plan no paga la atención de lesiones que ocurren en el trabajo: esas cuentas las "
           "paga el seguro de accidentes de trabajo (compensación laboral) de su empleador. Su gerente nos dijo que "
           f"el restaurante ya abrió un reclamo con su aseguradora (número {wc}); pida al hospital que le envíe la "
           "cuenta a esa aseguradora.", 9.8)
    p.para("Si la aseguradora de su empleador rechaza el reclamo porque la lesión no fue en el trabajo, envíenos su "
           "carta de rechazo y volveremos a revisar la cuenta.", 9.8)
    p.para("Si no está de acuerdo con esta decisión, escríbanos dentro de los 90 días siguientes a la fecha de esta "
           "carta. Indique la Ref# y diga por qué no está de acuerdo.", 9.8)
    p.para(f"Atentamente,\n{sig}\nDepartamento de Reclamaciones", 9.6)
    t = truth("denial_letter", "other", insurer=INS, group=grp, member_id=cno, member_name=member, cases=[ref],
              claim_amount=m2(amt), service_dates=[er.isoformat()], denial_date=ld.isoformat(), provider=hosp,
              appeal_deadline=plus(ld, 90).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dr. {erdoc}"]}, denial_alternates=["not_covered"])
    return out(p), t


# --- 6. planned gallbladder surgery called in ahead (rotated; denies nothing) -------------------------------------
def rotated_ack(rng):
    member, surgeon, sig = people(rng, 3)
    cno = cert(rng)
    grp = "G-52318"
    ctrl = f"PAN-26-{digits(rng, 5)}"
    ld = dt.date(2026, 5, 8)
    adm = dt.date(2026, 5, 19)
    hosp = "Northfield Surgical Hospital"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="PM-PA-2 (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="PLANNED STAY: CALL RECEIVED")
    p.letter_with_ticket([member, "77 Lakeshore Blvd, Unit 14", "Huron, OH 44839"],
                         [(long(ld), "date"), (show(cno), "certificate no."), (grp, "group"), ("HC-P", "plan"),
                          (ctrl, "control number")], w=78, size=9.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {surgeon}'s office called us on May 5 about your planned stay at {hosp} for the removal of your "
           f"gallbladder on {wlong(adm)}. Thank you: because the call came at least 3 days ahead, the plan's "
           "benefits for a planned stay apply.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Benefit", "Amount", "How much is left this year"],
            [["Daily hospital benefit", "$500.00 a day", "10 of 10 days"],
             ["Surgery benefit (inpatient)", "$1,000.00 a surgery", "no yearly cap"],
             ["Anesthesia benefit", "$250.00 a surgery", "no yearly cap"]],
            [70, 50, W - 120], size=8.8)
    p.para("These are fixed amounts. The hospital, the surgeon and the anesthesiologist may bill you for the rest of "
           "their charges. If the date of the surgery changes, the new date needs a new call at least 3 days ahead.",
           10)
    p.para(f"With best wishes,\n{sig}\nCare Notification Line", 10)
    t = truth("other", None, insurer=INS, plan_id="HC-P", group=grp, member_id=cno, member_name=member, cases=[ctrl],
              service_dates=[adm.isoformat()], denial_date=ld.isoformat(), provider=hosp,
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"], "case_numbers": [[]]})
    return out(p), t


# --- 7/8. cover page, third ER visit, planned stay not called in (fine fax stack) ----------------------------------
def _cover(member: str, rng) -> bytes:
    c = EFSheet(footer=None)
    c.set_margins(22, 20, 22)
    c.add_page()
    c.f(22, "B")
    c.cell(0, 12, "FAX", new_x="LMARGIN", new_y="NEXT")
    c.ln(4)
    c.pairs([("To", "Hospitality Workers' Legal Clinic, intake desk"), ("Fax", "(216) 555-0148"),
             ("From", member), ("Date", "5/18/26"), ("Pages", "4 with this one"),
             ("Re", f"my insurance, 2 letters (call ref. {digits(rng, 6)} when I phoned them)")], label_w=26, size=11)
    c.ln(6)
    c.para("Hi, these are the two letters I told you about on the phone. The ER one and the one about my back "
           "surgery. Please call me back, I work nights so mornings are best. Thank you.", 11)
    return out(c)


def fax_stack(rng):
    member, sig1, sig2, surgeon = people(rng, 4)
    cno = cert(rng)
    grp = "G-44019"
    addr = [member, "905 Foundry Ave", "Lorain, OH 44052"]
    # doc 1: third ER visit of the plan year
    ld1 = dt.date(2026, 4, 20)
    er = dt.date(2026, 4, 2)
    prior = [dt.date(2026, 1, 8), dt.date(2026, 2, 19)]
    ref = clm(rng)
    amt1 = 2406.75
    hosp1 = "Bayside Community Hospital"
    a = EFSheet(footer=None, footer_left="PM-ER-1 (rev. 03/2025)")
    a.set_margins(17, 14, 17)
    a.add_page()
    _head(a, rng)
    a.line(long(ld1), 10)
    a.ln(2)
    for ln in addr:
        a.line(ln, 9.8)
    a.ln(2)
    a.idstrip([("Certificate no.", show(cno)), ("Group", f"{grp} (Copper Lantern Taproom)"), ("Plan", "HC-B"),
               ("Ref#", ref)], size=8.6)
    a.para(f"Dear {member}:", 10)
    a.para(f"We received {hosp1}'s claim for your emergency room visit on {long(er)}. The plan pays a flat $150.00 "
           "for each emergency room visit, and for two visits in a plan year. We paid that amount for your visits on "
           f"{long(prior[0])} and {long(prior[1])}. The visit on {long(er)} was your third of 2026, so the plan "
           f"pays nothing for it, and the hospital's bill of {money(amt1)} is yours to settle with the hospital.",
           10)
    a.para("Your schedule also pays urgent care visits ($100.00 each, three a year; none used) and office visits "
           "($60.00 each, six a year; one used). For care that is not an emergency, those visits may cost you less.",
           10)
    a.para("If you believe we counted a visit that was not yours or not in this plan year, write to us within 180 "
           "days after you receive this letter.", 10)
    a.para(f"Sincerely,\n{sig1}\nClaims Department", 10)
    d1 = (out(a), truth("denial_letter", "not_covered", insurer=INS, plan_id="HC-B", group=grp, member_id=cno,
                        member_name=member, cases=[ref], claim_amount=m2(amt1), service_dates=[er.isoformat()],
                        denial_date=ld1.isoformat(), provider=hosp1, appeal_deadline=None,
                        alternates={"insurer": ALT}, denial_alternates=["other"]))
    # doc 2: two-page EOB, the planned stay nobody called in
    st = dt.date(2026, 5, 14)
    adm, dis = dt.date(2026, 5, 4), dt.date(2026, 5, 7)
    icn2 = icn(rng, dt.date(2026, 5, 11))
    hosp2 = "Harborline Orthopedic Hospital"
    billed = 38412.90
    by = dt.date(2026, 11, 10)
    b = EFSheet(footer="Page {n} of {nb}", footer_left="Form PM-EOB-3 (rev. 03/2025)",
                top_line=f"{member}  \u2022  Certificate no. {show(cno)}  \u2022  ICN {icn2}")
    b.set_margins(17, 14, 17)
    b.add_page()
    _head(b, rng, box="EXPLANATION OF BENEFITS")
    b.line(f"Statement date {slash(st)}", 10, "B")
    b.line(f"Group {grp}  \u2022  Plan HC-B (HearthCare Basic)", 9.0)
    b.ln(2)
    for ln in addr:
        b.line(ln, 9.8)
    b.ln(3)
    b.para(f"This statement is about {hosp2}'s claim for your stay after back surgery. The day-by-day lines and the "
           "facts of the claim are on page 2.", 10)
    b.para("We paid the surgery benefit of $500.00 to the hospital. We did not pay the daily hospital benefit for "
           "any day of the stay. For a stay that is planned ahead, someone (you, your doctor or the hospital) has to "
           "call our Care Notification Line at least 3 days before you go in. We have no call for this stay; the "
           f"hospital first told us about it when its claim arrived on {long(plus(dis, 4))}.", 10)
    b.para(f"The surgery was planned at Dr. {surgeon}'s office in April, so this was not an emergency stay, for "
           "which no call is needed.", 10)
    b.para(f"To ask us to look at this again, write to the claims address above. Your request must be postmarked by "
           f"{long(by)}.", 10)
    b.para(f"{sig2}, Claims Department", 10)
    b.add_page()
    b.bar("The stay, day by day")
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Line", "Plan benefit", "Benefit amount", "Paid", "Note"],
            [[slash(adm), "Surgery (lumbar discectomy)", "surgery benefit", "500.00", "500.00", "S1"],
             [slash(adm), "Hospital day 1", "daily hospital benefit", "250.00", "0.00", "PN"],
             [slash(plus(adm, 1)), "Hospital day 2", "daily hospital benefit", "250.00", "0.00", "PN"],
             [slash(plus(adm, 2)), "Hospital day 3", "daily hospital benefit", "250.00", "0.00", "PN"]],
            [26, 50, 40, 28, 20, W - 164], size=8.6, aligns=["L", "L", "L", "R", "R", "C"])
    b.para("S1  Paid at the fixed surgery benefit.   PN  Planned stay not called in at least 3 days ahead: the daily "
           f"hospital benefit is not paid. The day you went home ({slash(dis)}) is not a hospital day.", 8.8)
    b.set_y(b.h - 46)
    b.f(9, "B")
    b.cell(0, 5, "Facts of this claim", new_x="LMARGIN", new_y="NEXT")
    b.table(["Patient", "Certificate no.", "ICN", "Admitted", "Discharged", "Total billed", "Plan paid"],
            [[member, show(cno), icn2, yy(adm), yy(dis), n2(billed), "500.00"]],
            [38, 30, 30, 18, 20, 22, W - 158], size=8.0, aligns=["L", "L", "L", "L", "L", "R", "R"])
    d2 = (out(b), truth("eob", "prior_authorization", insurer=INS, plan_id="HC-B", group=grp, member_id=cno,
                        member_name=member, cases=[icn2], claim_amount=m2(billed),
                        service_dates=[f"{adm.isoformat()}/{plus(adm, 2).isoformat()}"], denial_date=st.isoformat(),
                        provider=hosp2, appeal_deadline=by.isoformat(),
                        alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"],
                                    "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"]]}))
    return [d1, d2], _cover(member, rng)


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    stack_docs, cover = fax_stack(rng)
    return [
        Item(F + "born_digital_therapy_visits_eleventh_to_thirteenth_of_ten", "born_digital", [bd_eob(rng)]),
        Item(F + "stdfax_hospital_days_past_ten_day_year_provider_notice", "fax_standard_g4", [stdfax_days(rng)]),
        Item(F + "lowres_check_box_form_hours_fell_coverage_ended", "scan_lowres_150", [lowres_form(rng)]),
        Item(F + "photocopy_rail_letter_three_visits_reached_plan_after_ninety_days", "photocopy",
             [photocopy_late(rng)]),
        Item(F + "phone_es_quemadura_en_la_cocina_accidente_de_trabajo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_planned_gallbladder_surgery_call_ahead_received", "rotated", [rotated_ack(rng)]),
        Item(F + "finefax_stack_third_er_visit_then_planned_stay_not_called_in", "fax_fine_g4", stack_docs,
             separators=[cover, None], turns={(1, 1): 90}),
    ]
