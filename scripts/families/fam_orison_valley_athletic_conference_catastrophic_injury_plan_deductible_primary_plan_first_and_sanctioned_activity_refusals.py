"""An invented college athletic conference's catastrophic injury plan for its student athletes, in the plain style of
such plans' papers: the Orison Valley Athletic Conference Catastrophic Injury Plan (Plan No. CIP-4410) covers the
athletes on its member schools' certified rosters, and Sunderhill Sports Benefit Administrators prints and signs its
papers. Rules of the invented plan: it pays only after each school's own primary athletic accident plan and the
athlete's health insurance, and only once the covered medical expenses of one injury pass a $60,000 per-injury
deductible (payments by the primary plans count toward it); it covers injuries in a practice or competition that a
member school's athletic department sanctions and its coaching or athletic training staff supervises, and team travel
to and from them, not pickup games, open gyms, intramurals or workouts on one's own; the athlete must be on the
school's certified roster on the day of injury; bills must reach the administrator within 120 days after the date of
service; treatment that is still being studied is excluded; a nurse case manager and the plan's medical director
decide on planned rehabilitation, and the setting is part of that decision; fitness training is not a medical
expense. Every school, primary plan, provider, person, number, address, amount and time limit is invented, phones
555; CPT, HCPCS and revenue codes appear as themselves. No heading names the kind of refusal; the reasons are told in
the writer's own words.

Documents (8 in 7 files):
- born_digital_two_page_eob_deductible_meter_adaptive_training_refused_totals_on_page_two: a two-page explanation of
  benefits to a wrestler ("THIS IS NOT A BILL"; a running header with a short caption, "Mbr OVA ..."), a deductible
  meter (met), billed / allowed / primary plan paid / applied to deductible / plan paid / your share columns in an
  open table, a paid rehabilitation stay and a paid wheelchair, and on page 2 four adaptive strength sessions refused
  under NC4 (explained only in the code list), the statement totals row, year-to-date figures and payments to
  providers as decoys; "within 180 days of the date of this statement".
- rotated_facts_right_pickup_basketball_open_gym_not_sanctioned: a letter fed turned, paragraphs at the left and a
  facts box at the right (athlete ID printed apart from its prefix, group and plan numbers, case and claim numbers,
  stay "from ... through ..."), "Attending:" the surgeon, the school's primary plan payment as decoy; the injury came
  in an open gym with no staff present (not_covered); "You have 60 days from the day this letter reaches you"
  (nothing to count from).
- phone_es_madre_celulas_madre_en_investigacion_firmas: a photographed Spanish letter to an athlete's mother as his
  representative: a stem cell infusion is refused as treatment still under study (experimental); the request number
  only in the "Asunto" line, "US$" amounts, signed by the nurse case manager and the medical director; "a más tardar
  el" a printed date.
- lowres_benefit_approval_inpatient_rehabilitation_case_manager_and_director: a 150 dpi approval (denies nothing) of an
  inpatient rehabilitation stay for the first 21 days, the key/value block on the right half beside the address, a
  call reference as decoy, "This is not a bill", nurse case manager and medical director signing.
- photocopy_three_page_hospital_letter_ids_in_footer_bill_after_120_days: a photocopied three-page letter to a
  hospital whose athlete ID, claim and case numbers stand only in a small running footer; the charge table on page 2
  (dates "01.09.2026" style beside "01/09/2026"), the reason on page 3 in a long paragraph (the bill came more than
  120 days after the service: timely_filing), a fair-treatment statement; "no later than" a printed date.
- finefax_request_inpatient_rehab_brain_injury_skilled_nursing_instead_boxes: a fine-fax decision to a requesting
  physiatrist in boxes with small captions over the values ("April 2nd, 2026"-style date and the same date in a box),
  request made "2026/03/30"-style: acute inpatient rehabilitation is not approved, a skilled nursing facility's
  sub-acute program is (level_of_care); nurse reviewer and medical director sign; "within 180 days of the date of this
  letter".
- scan_stack_ortho_office_cover_not_on_certified_roster_upside_down_then_hospital_bill: a clean-scan stack behind an
  orthopaedic office's fax cover: the administrator's two-page letter refusing a spine surgery because the rower was
  not on the certified roster on the day of injury (eligibility; "within 90 days of the date of this letter"), its
  page 2 upside down; then the hospital's own statement to the athlete (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famic import (EISheet, digits, dots_us, dr, es_date, first, iso, last, long, n2, nth,
                               office_fax_cover, people, phone, plus, slash, tollfree, usd, usd_es, wday, weekday_on,
                               workday, ymd)
from public_kit import m2, out, truth

FAMILY = ("orison_valley_athletic_conference_catastrophic_injury_plan_deductible_primary_plan_first_and_"
          "sanctioned_activity_refusals")
LANG = "en"
SEED = 355082
CONF = "Orison Valley Athletic Conference"
PLAN = "Orison Valley Athletic Conference Catastrophic Injury Plan"
PLAN_NO = "CIP-4410"
TPA = "Sunderhill Sports Benefit Administrators"
TPA_ADDR = "PO Box 60418, Harrow Glen, OR 97390"
ALT = ["Sunderhill Sports Benefit Administrators, LLC", "Sunderhill", PLAN, "OVAC Catastrophic Injury Plan",
       "Orison Valley Athletic Conference Catastrophic Injury Plan (OVAC)"]
SCHOOLS = {"Harbourne University": "OV-107", "Ferrisburgh University": "OV-112", "Wendlebury College": "OV-119",
           "Bracken Ford State University": "OV-123"}
DEDUCT = 60000.0
REHAB = "Wolverton Spinal Rehabilitation Hospital"
WHEEL = "Brightspoke Mobility Supply"
STUDIO = "Whinfell Adaptive Strength Studio"
DOVE = "Dovecote Memorial Hospital"
CLINICA = "Clínica Regenerativa Punta Lucero"
IVO = "St. Ivo Regional Medical Center"
IRF = "Wolverton Rehabilitation Institute"
SNF = "Larkhill Post-Acute Care Center"
HOLLY = "Hollyhock Orthopaedics & Spine"
NINE = "Ninebark Regional Hospital"
PRIMARY = "Copperfen Mutual"


def aid(rng):
    return digits(rng, 8)


def case_no(rng):
    return f"OVC-26-{digits(rng, 4)}"


def claim_no(rng):
    return f"C26-{digits(rng, 6)}"


def head(p, rng, box=None, es=False):
    if es:
        lines = [f"Administrador del {PLAN}", f"{TPA_ADDR}  |  Línea para atletas {tollfree(rng)}  |  TTY 711"]
    else:
        lines = [f"Claims administrator for the {PLAN}  |  Plan No. {PLAN_NO}",
                 f"{TPA_ADDR}  |  Athlete line {tollfree(rng)}  |  Provider line {tollfree(rng)}  |  TTY 711"]
    p.head(TPA, "SSB", lines, box=box)


def home(rng):
    town, st, z = rng.choice([("Harrow Glen", "OR", "97390"), ("Tillery", "WA", "98944"), ("Mossy Rock", "OR", "97364"),
                              ("Quinault Flats", "WA", "98562"), ("Bramble Creek", "ID", "83872")])
    street = rng.choice(["Fir Hollow Rd", "Sandpiper Ct", "Orchard Ave Apt 12", "Camas St", "Ridgeback Dr",
                         "Old Creamery Rd"])
    return [f"{rng.randint(100, 9800)} {street}", f"{town}, {st} {z}"]


def school(rng):
    name = rng.choice(sorted(SCHOOLS))
    return name, SCHOOLS[name]


def alts(num, extra=None):
    a = {"insurer": ALT, "member_id": [num]}
    a.update(extra or {})
    return a


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    ath, physiatrist, trainer = people(rng, 3, sexes="MFX")
    num = aid(rng)
    sch, grp = school(rng)
    case = case_no(rng)
    doi = dt.date(2026, 1, rng.randint(9, 17))
    sd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    adm = plus(doi, rng.randint(9, 12))
    dis = plus(adm, rng.randint(24, 30))
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    wdate = plus(dis, -rng.randint(2, 4))
    s1 = weekday_on(plus(dis, 8), 1)
    sess = [s1, plus(s1, 2), plus(s1, 7), plus(s1, 9)]
    per = rng.choice([95.0, 110.0, 120.0])
    ytd_ded = DEDUCT
    primary_paid = rng.choice([25000.0, 20000.0])
    room = rng.choice([3150.0, 3240.0])
    days = (dis - adm).days
    b1 = round(room * days + rng.choice([18412.6, 17995.2]), 2)
    a1 = round(b1 * 0.72, 2)
    b2 = rng.choice([4860.0, 5125.0])
    a2 = round(b2 * 0.8, 2)
    b3 = round(per * len(sess), 2)
    paid = round(a1 + a2, 2)
    rows = [[f"Claim {c1}", "", "", "", "", "", "", "", ""],
            [f"{adm:%m/%d/%y} - {dis:%m/%d/%y}", f"Inpatient rehab, {days} days (rev. 0118)", n2(b1), n2(a1),
             "0.00", "0.00", n2(a1), "0.00", "PD1"],
            f"Servicing: {REHAB}; attending {dr(physiatrist)}, physiatry",
            [f"Claim {c2}", "", "", "", "", "", "", "", ""],
            [slash(wdate), "Ultralight wheelchair (K0005)", n2(b2), n2(a2), "0.00", "0.00", n2(a2),
             "0.00", "PD1"],
            f"Servicing: {WHEEL}"]
    rows2 = [[f"Claim {c3}", "", "", "", "", "", "", "", ""]]
    rows2 += [[slash(d), "Adaptive strength session", n2(per), "0.00", "0.00", "0.00", "0.00", n2(per),
               "NC4"] for d in sess]
    rows2.append(["", "Claim total", n2(b3), "0.00", "0.00", "0.00", "0.00", n2(b3), ""])
    rows2.append(f"Servicing: {STUDIO} (trainer {trainer}, CSCS)")
    tb = round(b1 + b2 + b3, 2)
    rows2.append(["Statement totals", "", n2(tb), n2(round(a1 + a2, 2)), "0.00", "0.00", n2(paid), n2(b3), ""])
    p = EISheet(footer="Page {n} of {nb}", footer_left="SSB-EOB-2 (01/2026)",
                every=f"Mbr OVA {num}  |  Stmt {slash(sd)}  |  Page {{n}} of {{nb}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    head(p, rng, box="EXPLANATION OF BENEFITS")
    p.addr_kv([ath, *home(rng)],
              [("Statement date", wday(sd)), ("Athlete", ath), ("Athlete ID", f"OVA {num}"), ("School", sch),
               ("Group no.", grp), ("Plan no.", PLAN_NO), ("Case no.", case), ("Date of injury", slash(doi))],
              w=100, cap_w=32, size=8.6)
    p.f(12, "B")
    p.cell(0, 7, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.meter("Your deductible for this injury", DEDUCT, ytd_ded,
            [("Deductible per injury", usd(DEDUCT)), ("Met so far", usd(ytd_ded)), ("Left to meet", usd(0)),
             ("School plan paid toward it", usd(primary_paid))])
    p.leaders([("Billed on this statement", usd(tb)), ("Plan paid on this statement", usd(paid)),
               ("Your share on this statement", usd(b3)),
               ("Plan paid for this injury in 2026 to date", usd(round(paid + rng.choice([31877.4, 28420.15]), 2)))],
              8.8, w=(p.w - p.l_margin - p.r_margin) * 0.7)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * 0.14, W * 0.26, W * 0.09, W * 0.09, W * 0.08, W * 0.10, W * 0.09, W * 0.08, W * 0.07]
    head_ = ["Date(s) of service", "Service", "Billed", "Allowed", "Primary plan paid", "Toward deductible",
             "Plan paid", "Your share", "Code"]
    aligns = ["L", "L", "R", "R", "R", "R", "R", "R", "C"]
    p.open_table(head_, rows, widths, aligns, size=7.2, bold_rows=(0, 3))
    p.line("More on page 2", 8, "B")
    p.add_page()
    p.open_table(head_, rows2, widths, aligns, size=7.2, bold_rows=(0, len(rows2) - 1, len(rows2) - 3))
    p.heading("Payments made for this statement", 10)
    p.leaders([(f"To {REHAB} (EFT {digits(rng, 9)})", usd(a1)), (f"To {WHEEL} (check {digits(rng, 7)})", usd(a2))],
              8.6, w=W * 0.75)
    p.legend("Codes on this statement",
             [("PD1", "Paid in full at the allowed amount. The provider may not bill you for the rest."),
              ("NC4", "Fitness or strength training, even when adapted for a disability, is not a medical expense "
                      "under the Plan. The charge is yours to pay."),
              ("PP2", "Your school's plan or your health insurance must pay first; send us its statement."),
              ("DD1", "Counted toward the per-injury deductible.")])
    p.para(f"If you disagree with how a claim was handled, you or someone you name may ask us for a review within 180 "
           f"days of the date of this statement. Write to {TPA}, Reviews, {TPA_ADDR}, and give the claim number. "
           "For example, if you think a service was part of a medical treatment plan, send the doctor's order and "
           "the treatment notes.", 8.8)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}", member_name=ath,
              cases=[c3, case], claim_amount=m2(b3), service_dates=[iso(d) for d in sess], denial_date=iso(sd),
              provider=STUDIO, appeal_deadline=iso(plus(sd, 180)),
              alternates=alts(num, {"case_numbers": [[c3]], "provider": [trainer]}))
    return out(p), t


def rotated_pickup(rng):
    ath, surg, examiner = people(rng, 3, sexes="FMX")
    num = aid(rng)
    sch, grp = school(rng)
    case, claim = case_no(rng), claim_no(rng)
    doi = weekday_on(dt.date(2026, 2, rng.randint(2, 9)), 6)
    dis = plus(doi, rng.choice([3, 4]))
    ld = workday(plus(dis, rng.randint(30, 38)))
    lines = [("0450", "Emergency department", rng.choice([3412.0, 3288.0])),
             ("0360", "Operating room services", rng.choice([28640.0, 27915.0])),
             ("0278", "Implants (plate and screws)", rng.choice([14280.0, 13960.0])),
             ("0120", "Room and board, 3 days", rng.choice([9870.0, 10245.0])),
             ("0250", "Pharmacy", rng.choice([4188.35, 3975.6])),
             ("0370", "Anesthesia", rng.choice([6420.0, 6175.0])),
             ("0320", "Radiology, diagnostic", rng.choice([2915.0, 3040.0]))]
    total = round(sum(x[2] for x in lines), 2)
    prim = rng.choice([10000.0, 7500.0])
    p = EISheet(footer="Page {n} of {nb}", footer_left="SSB-L14 (01/2026)")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng)
    p.line(wday(ld), 10, "B")
    p.ln(2)
    for ln in [ath, *home(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.facts_right([("Athlete", ath), ("Athlete ID", f"OVA  {num}"), ("School / group", f"{sch} / {grp}"),
                   ("Plan no.", PLAN_NO), ("Case no.", case), ("Claim no.", claim),
                   ("Hospital", DOVE), ("Stay", f"{slash(doi)} - {slash(dis)}"), ("Billed", usd(total)),
                   ("Letter date", slash(ld))],
                  [f"Dear {first(ath)} {last(ath)}:",
                   f"Your school's athletic trainer told us about the knee injury you had on {long(doi)} and sent "
                   f"the bill from {DOVE} for your stay from {long(doi)} through {long(dis)}. Attending: "
                   f"{dr(surg)}, orthopaedic surgery. {sch}'s athletic accident plan through {PRIMARY} paid "
                   f"{usd(prim)} of the bill, and the rest came to us.",
                   "The Plan pays for injuries that happen while an athlete is taking part in a practice or a "
                   "competition that the school's athletic department has put on its schedule and that a coach or an "
                   "athletic trainer is running, or while the team travels to or from one. The trainer's report says "
                   "you were hurt in a game of basketball with friends at the campus recreation center on a Sunday "
                   "afternoon. No coach or trainer was there, and the volleyball team had no practice that day.",
                   "Because the injury did not happen in a practice or competition of your team, the Plan does not "
                   "pay for this stay, and we have closed the claim. The bill may still go to your own health "
                   "insurance; the hospital has a copy of this letter."],
                  side_w=66, size=9.4, title="About this letter")
    p.heading("If you think we got it wrong", 11)
    p.para("You have 60 days from the day this letter reaches you to ask us for a review. Tell us in writing what "
           "happened and send anything that shows the game was part of a team activity, such as a practice schedule "
           "or a note from your coach. A person who did not make this decision will look at it.", 9.6)
    p.signoff(["Sincerely,", "", examiner, "Senior Claims Examiner", TPA], 9.6)
    p.line(f"cc: {DOVE}, Patient Financial Services; Head Athletic Trainer, {sch}", 8.4)
    t = truth("denial_letter", "not_covered", insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}",
              member_name=ath, cases=[case, claim], claim_amount=m2(total), service_dates=[f"{iso(doi)}/{iso(dis)}"],
              denial_date=iso(ld), provider=DOVE,
              alternates=alts(num, {"case_numbers": [[claim]], "provider": [surg, dr(surg)]}),
              denial_alternates=["eligibility"])
    return out(p), t


def phone_es_stem_cells(rng):
    hijo, madre, doc, rn, md = people(rng, 5, es=True, sexes="MFMFM")
    madre = f"{madre.split()[0]} {madre.split()[1]} {last(hijo)}"
    num = aid(rng)
    sch, grp = school(rng)
    req = f"PR-26-{digits(rng, 4)}"
    recv = dt.date(2026, 3, rng.randint(16, 20))
    ld = workday(plus(recv, rng.randint(9, 13)))
    planned = weekday_on(plus(ld, rng.randint(20, 26)), 0)
    by = plus(ld, 180)
    cost = rng.choice([38500.0, 41250.0, 36900.0])
    p = EISheet(footer="Página {n} de {nb}", footer_left="SSB-L22S (01/2026)")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng, es=True)
    p.line(es_date(ld), 10, "B")
    p.ln(2)
    p.addr_kv([f"Sra. {madre}", *home(rng)],
              [("Atleta", hijo), ("N.º de atleta", f"OVA {num}"), ("Escuela", sch), ("N.º de grupo", grp),
               ("N.º de plan", PLAN_NO)], w=96, cap_w=30, size=8.6)
    p.line(f"Asunto: solicitud {req}, infusión de células madre para {first(hijo)}", 10, "B")
    p.ln(2)
    p.para(f"Estimada señora {last(hijo)}:", 10)
    p.para(f"Usted nos pidió, como representante de su hijo {hijo}, que el Plan pague una infusión de células "
           f"madre en la {CLINICA}, indicada por el {dr(doc)} para la lesión de médula espinal que su hijo sufrió "
           f"en un partido de fútbol. La clínica la tiene programada para el {es_date(planned)} y calcula un costo de "
           f"{usd_es(cost)}. Recibimos la solicitud el {es_date(recv)}.", 10)
    p.para("Nuestra enfermera administradora de casos y el director médico del Plan leyeron la solicitud, el "
           "informe de la clínica y los artículos que usted nos envió.", 10)
    p.para("**Lo que decidimos.** El Plan no pagará la infusión. Las infusiones de células madre para lesiones de la "
           "médula espinal todavía se están estudiando en ensayos clínicos y no hay pruebas suficientes de que "
           "ayuden a recuperar el movimiento. El Plan no cubre tratamientos que todavía están en investigación. Esta "
           "decisión no cambia los demás beneficios de su hijo: la terapia física y la rehabilitación siguen "
           "cubiertas.", 10)
    p.para(f"**Si no está de acuerdo.** Usted o su hijo pueden pedir una revisión por escrito a más tardar el "
           f"{es_date(by)}. Envíe la carta a {TPA}, Revisiones, {TPA_ADDR}, con el número de la solicitud y "
           f"cualquier informe nuevo del médico.", 10)
    p.signers([[rn, "Enfermera administradora de casos, RN"], [dr(md), "Director médico del Plan"]])
    t = truth("denial_letter", "experimental", insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}",
              member_name=hijo, cases=[req], claim_amount=m2(cost), service_dates=[iso(planned)], denial_date=iso(ld),
              provider=CLINICA, appeal_deadline=iso(by), lang="es",
              alternates=alts(num, {"claim_amount": [None], "provider": [doc, dr(doc)]}))
    return out(p), t


def lowres_approval(rng):
    ath, phys, rn, md = people(rng, 4, sexes="MFFM")
    num = aid(rng)
    sch, grp = school(rng)
    case, appr = case_no(rng), f"AP-26-{digits(rng, 5)}"
    ld = workday(dt.date(2026, 3, rng.randint(9, 13)))
    start = plus(ld, rng.randint(2, 4))
    end = plus(start, 20)
    called = plus(ld, -1 if ld.weekday() else -3)
    ref = f"{digits(rng, 4)}-{digits(rng, 3)}"
    p = EISheet(footer="Page {n} of {nb}", footer_left="SSB-A3 (01/2026)  Benefit approval")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="BENEFIT APPROVAL")
    p.line(long(ld), 10, "B")
    p.ln(2)
    p.addr_kv([ath, *home(rng)],
              [("Approval no.", appr), ("Case no.", case), ("Athlete ID", f"OVA {num}"), ("Group no.", grp),
               ("Plan no.", PLAN_NO), ("Approved", f"{slash(start)} - {slash(end)}")], w=88, cap_w=30)
    p.heading("Your inpatient rehabilitation is approved", 11.5)
    p.para(f"Dear {first(ath)}:", 10)
    p.para(f"{dr(phys)} asked us to approve your move from the trauma unit to {REHAB} for inpatient rehabilitation "
           f"after your spinal cord injury. We have approved the stay for the first 21 days, from {long(start)} "
           f"through {long(end)}. Your case manager will talk with the rehabilitation team every week and can "
           "approve more days if you need them.", 10)
    p.para("Your school's athletic accident plan has paid its share of your care so far, and your bills for this "
           "injury have passed the Plan's deductible, so the Plan pays the allowed amount for the approved days. "
           "This is not a bill. You should not get a bill for the approved days; if you do, call us.", 10)
    p.para(f"We told the hospital's admissions office about this approval by phone on {slash(called)} (call "
           f"reference {ref}).", 10)
    p.signers([[rn, "Nurse Case Manager, RN"], [dr(md), "Medical Director"]])
    p.line(f"cc: {dr(phys)}; {REHAB}; Athletic Department, {sch}", 8.4)
    t = truth("other", None, insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}", member_name=ath,
              cases=[appr, case], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(ld), provider=REHAB,
              alternates=alts(num, {"case_numbers": [[appr]], "provider": [phys, dr(phys)],
                                    "service_dates": [[iso(start)]]}))
    return out(p), t


def photocopy_late_bill(rng):
    ath, att, sig = people(rng, 3, sexes="MXX")
    num = aid(rng)
    sch, grp = school(rng)
    case, claim = case_no(rng), claim_no(rng)
    er = dt.date(2026, 1, rng.randint(8, 12))
    dis = plus(er, rng.choice([2, 3]))
    recv = workday(plus(dis, rng.randint(126, 133)))
    ld = workday(plus(recv, rng.randint(7, 10)))
    by = plus(ld, 60)
    lines = [(er, er, "0450", "Emergency department, level 5", rng.choice([4870.0, 5025.0])),
             (er, er, "0350", "CT scan, cervical spine", rng.choice([3310.0, 3185.0])),
             (er, plus(dis, -1), "0200", "Intensive care, room and board", rng.choice([16880.0, 17245.0])),
             (er, dis, "0250", "Pharmacy", rng.choice([2914.65, 3102.4])),
             (er, dis, "0300", "Laboratory", rng.choice([1876.5, 1942.0])),
             (plus(er, 1), plus(er, 1), "0610", "MRI, cervical spine", rng.choice([4125.0, 3990.0]))]
    total = round(sum(x[4] for x in lines), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left="SSB-L9 (01/2026)",
                foot_ids=f"Athlete ID OVA {num}  |  Claim {claim}  |  Case {case}  |  Group {grp}  |  {PLAN_NO}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    for ln in [IVO, "Patient Financial Services", "Attn: Third-Party Follow-up", *home(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.heading(f"Your bill for {ath}", 11.5)
    p.para("To the patient financial services office:", 10)
    p.para(f"We administer the catastrophic injury plan of the {CONF}. Your hospital's bill for the care of the "
           f"athlete named above, a lacrosse player at {sch} who was hurt in a conference game, reached us on "
           f"{dots_us(recv)}. The identifiers of the athlete, the claim and the case are printed at the foot of each "
           "page of this letter; please use them if you write to us.", 10)
    p.para("Page 2 lists the charges on the bill. Page 3 gives our decision and what your office can do.", 10)
    p.add_page()
    p.heading("Charges on this bill", 11.5)
    p.line(f"Attending: {dr(att)}, trauma surgery     Admitted {slash(er)}, discharged {slash(dis)}", 9.2)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = [[dots_us(a), dots_us(b), c, d, n2(x), "0.00"] for a, b, c, d, x in lines]
    rows.append(["", "", "", "Total", n2(total), "0.00"])
    p.table(["From", "Through", "Rev.", "Description", "Billed", "Plan paid"], rows,
            [W * 0.13, W * 0.13, W * 0.08, W * 0.42, W * 0.12, W * 0.12], size=8.6,
            aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para("The athlete's school plan, through its own carrier, paid part of this bill earlier; that payment does not "
           "appear on this page.", 9)
    p.add_page()
    p.heading("Our decision", 11.5)
    p.para(f"The Plan was set up by the member schools of the conference to help athletes whose injuries are so "
           f"serious that the bills go far past what a school's own plan pays, and it works only when the bills come "
           f"to us soon enough for the nurse case manager to follow the athlete's care and to plan with the family "
           f"for what comes next; every hospital that treats a conference athlete receives the Plan's billing guide "
           f"at the first admission, and the guide asks that a bill reach us within 120 days after the date of "
           f"service. Your bill for the stay from {long(er)} through {long(dis)} reached us on {long(recv)}, "
           f"{(recv - dis).days} days after the last day of the stay, and so the Plan will not pay it. The "
           f"athlete may not be billed for the part of the bill the Plan would have paid.", 10)
    p.heading("If your office disagrees", 11)
    p.para(f"If you can show that the bill was sent to us within 120 days (a clearinghouse acceptance report or a "
           f"fax confirmation, for example), send that proof with a request for review. The request must reach us "
           f"no later than {long(by)}.", 10)
    p.signoff(["Sincerely,", "", sig, "Provider Claims Unit", TPA], 9.6)
    p.fair_treatment(TPA, tollfree(rng), "the civil rights office of the federal government")
    t = truth("denial_letter", "timely_filing", insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}",
              member_name=ath, cases=[claim, case], claim_amount=m2(total), service_dates=[f"{iso(er)}/{iso(dis)}"],
              denial_date=iso(ld), provider=IVO, appeal_deadline=iso(by),
              alternates=alts(num, {"case_numbers": [[claim]], "provider": [att, dr(att)]}))
    return out(p), t


def finefax_level_of_care(rng):
    ath, phys, rn, md = people(rng, 4, sexes="FMFX")
    num = aid(rng)
    sch, grp = school(rng)
    case, req = case_no(rng), f"RQ-26-{digits(rng, 5)}"
    asked = dt.date(2026, 3, rng.randint(26, 31))
    ld = workday(plus(asked, rng.randint(2, 4)))
    planned = plus(ld, rng.randint(2, 4))
    fax = f"{ld:%m/%d/%Y} 09:{rng.randint(10, 59):02d}  SUNDERHILL UM  {phone(rng)}  P.{{n}}"
    p = EISheet(footer="Page {n} of {nb}", footer_left="SSB-UM4 (01/2026)", fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, box="REHABILITATION SETTING DECISION")
    p.line(nth(ld), 10, "B")
    p.ln(1)
    p.box_form("Request", [
        [("Date of this letter", slash(ld), 0.2), ("Request no.", req, 0.2), ("Athlete", ath, 0.36),
         ("Athlete ID", f"OVA {num}", 0.24)],
        [("Request made", ymd(asked), 0.2), ("Planned admission", slash(planned), 0.2), ("School / group",
                                                                                       f"{sch} / {grp}", 0.36),
         ("Case no.", case, 0.24)]])
    p.line(f"To: {dr(phys)}, physical medicine and rehabilitation (requesting)", 9.6, "B")
    p.ln(2)
    p.para(f"Dear {dr(phys)}:", 10)
    p.para(f"You asked us to approve an admission to {IRF}, an acute inpatient rehabilitation hospital, for "
           f"{ath}, a soccer player at {sch} who has a brain injury from a collision in a conference match. You "
           f"planned the admission for {long(planned)}. Our nurse reviewer and the Plan's medical director read your "
           "request, the trauma team's notes and the therapists' evaluations from this week.", 10)
    p.para("**What we decided.** We are not approving the acute inpatient rehabilitation hospital. Acute inpatient "
           "rehabilitation is for a patient who can take part in at least three hours of therapy a day, five days a "
           "week. The therapists' notes from this week show that the athlete tolerates about forty minutes of "
           "therapy at a time and needs rest between sessions. Her needs can be met in a sub-acute rehabilitation "
           f"program at a skilled nursing facility, and we have approved that setting instead at {SNF}, for the "
           "first 14 days. When she can do more, you may ask again for the inpatient hospital, and we will look at "
           "the new notes within two business days.", 10)
    p.para("**If you disagree.** You or the athlete may ask for a review within 180 days of the date of this letter. "
           "If waiting could seriously harm her, ask for a fast review by phone; we answer fast reviews within 72 "
           "hours.", 10)
    p.signers([[rn, "Nurse Reviewer, RN"], [dr(md), "Medical Director"]])
    p.line(f"cc: {ath}; Case management, {IRF}; {SNF}", 8.4)
    t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=PLAN_NO, group=grp, member_id=f"OVA{num}",
              member_name=ath, cases=[req, case], service_dates=[iso(planned)], denial_date=iso(ld), provider=phys,
              appeal_deadline=iso(plus(ld, 180)),
              alternates=alts(num, {"case_numbers": [[req]], "provider": [IRF, dr(phys)]}))
    return out(p), t


def scan_stack(rng):
    ath, surg, sig, nurse = people(rng, 4, sexes="MXXF")
    num = aid(rng)
    sch, grp = school(rng)
    case, claim = case_no(rng), claim_no(rng)
    doi = dt.date(2026, 1, rng.randint(19, 23))
    surgery = plus(doi, rng.randint(2, 3))
    dis = plus(surgery, rng.choice([3, 4]))
    added = plus(doi, rng.randint(9, 14))
    ld = workday(plus(dis, rng.randint(40, 48)))
    addr = home(rng)
    lines = [("0360", "Operating room services", rng.choice([31420.0, 30875.0])),
             ("0278", "Implants, spinal fixation", rng.choice([22150.0, 21640.0])),
             ("0120", "Room and board", rng.choice([12680.0, 13115.0])),
             ("0250", "Pharmacy", rng.choice([3877.2, 4012.85])),
             ("0370", "Anesthesia", rng.choice([7240.0, 6985.0]))]
    total = round(sum(x[2] for x in lines), 2)
    a = EISheet(footer="Page {n} of {nb}", footer_left="SSB-L17 (01/2026)",
                every=f"Mbr OVA {num}  |  Claim {claim}  |  Page {{n}} of {{nb}}")
    a.set_margins(18, 16, 18)
    a.add_page()
    head(a, rng)
    a.line(long(ld), 10, "B")
    a.ln(2)
    for ln in [ath, *addr]:
        a.line(ln, 9.8)
    a.ln(3)
    a.subject_line(f"Case {case}  /  claim {claim}  /  {NINE}")
    a.para(f"Dear {first(ath)}:", 10)
    a.para(f"{NINE} sent us the bill for your spine surgery on {long(surgery)} and your stay from {long(surgery)} "
           f"through {long(dis)}, after the fall at the boathouse on {long(doi)}. We are sorry about your injury "
           "and hope your recovery is going well.", 10)
    a.para(f"The Plan covers athletes who are on a member school's certified roster on the day they are hurt. "
           f"{sch}'s compliance office certifies its rosters to the conference, and we checked the men's rowing "
           f"roster with them. Your name was added to it on {long(added)}, after the day of your injury; on "
           f"{long(doi)} you were taking part in the walk-on tryout, which the school does not count as a practice "
           "of the team. Because you were not on the certified roster that day, the Plan cannot pay for this care.",
           10)
    a.para("This decision is only about this injury. From the day your name was added to the roster you are covered "
           "for injuries in your team's practices and competitions.", 10)
    a.add_page()
    a.heading("The bill we received", 11.5)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Rev.", "Description", "Billed", "Plan paid"],
            [[c, d, n2(x), "0.00"] for c, d, x in lines] + [["", "Total", n2(total), "0.00"]],
            [W * 0.1, W * 0.54, W * 0.18, W * 0.18], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    a.line(f"Attending: {dr(surg)}, spine surgery", 9.4)
    a.ln(2)
    a.heading("Your right to a review", 11)
    a.para("You, a parent or someone you name may ask for a review within 90 days of the date of this letter. Send a "
           "letter saying why you think you were on the roster, with anything that shows it (a team email, a "
           f"schedule, a note from the coach), to {TPA}, Reviews, {TPA_ADDR}.", 9.8)
    a.signoff(["Sincerely,", "", sig, "Eligibility and Claims Review", TPA], 9.6)
    d1 = (out(a), truth("denial_letter", "eligibility", insurer=TPA, plan_id=PLAN_NO, member_id=f"OVA{num}",
                        member_name=ath, cases=[case, claim], claim_amount=m2(total),
                        service_dates=[f"{iso(surgery)}/{iso(dis)}"], denial_date=iso(ld), provider=NINE,
                        appeal_deadline=iso(plus(ld, 90)),
                        alternates=alts(num, {"case_numbers": [[claim]], "provider": [surg, dr(surg)]})))
    sd = workday(plus(ld, rng.randint(6, 9)))
    acct = f"NRH{digits(rng, 7)}"
    b = EISheet(footer=None)
    b.set_margins(18, 16, 18)
    b.add_page()
    b.f(15, "B")
    b.cell(0, 8, NINE, new_x="LMARGIN", new_y="NEXT")
    b.f(8.6)
    b.cell(0, 4.2, f"Patient Financial Services  |  1 Ninebark Way, Tillery, WA 98944  |  {phone(rng, '509')}",
           new_x="LMARGIN", new_y="NEXT")
    b.rule(3)
    b.f(13, "B")
    b.cell(0, 7, "STATEMENT OF ACCOUNT", new_x="LMARGIN", new_y="NEXT")
    b.ln(2)
    prim = rng.choice([10000.0, 12500.0])
    due = round(total - prim, 2)
    b.addr_kv([ath, *addr],
              [("Statement date", slash(sd)), ("Account no.", acct), ("Patient", ath),
               ("Admitted", slash(surgery)), ("Discharged", slash(dis)), ("Amount due", usd(due)),
               ("Due by", slash(plus(sd, 30)))], w=84, cap_w=30)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Description", "Amount"],
            [[slash(surgery), "Hospital charges, inpatient stay (itemized bill on request)", n2(total)],
             [slash(workday(plus(sd, -20))), f"Payment, {sch} athletic accident plan ({PRIMARY})", f"-{n2(prim)}"],
             [slash(ld), f"{TPA}: claim denied", "0.00"],
             ["", "Balance due from patient", n2(due)]],
            [W * 0.15, W * 0.67, W * 0.18], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para("Your insurance has finished processing this stay. The balance is now your responsibility. If you "
           "cannot pay in full, ask us about a payment plan or financial assistance.", 9.6)
    b.pay_stub(NINE, [("Account no.", acct), ("Patient", ath), ("Amount due", usd(due)), ("Amount enclosed", "")],
               "")
    d2 = (out(b), truth("other", None, insurer=None, member_name=ath, claim_amount=m2(total),
                        service_dates=[f"{iso(surgery)}/{iso(dis)}"], denial_date=iso(sd), provider=NINE,
                        unscored=["insurer"], alternates={"claim_amount": [m2(due)]}))
    cover = office_fax_cover(HOLLY, ["Suite 140, 880 Alder Court, Tillery, WA 98944",
                                     f"Phone {phone(rng, '509')}   Fax {phone(rng, '509')}"],
                             [("To:", f"{sch} Athletic Department, Sports Medicine"),
                              ("Attn:", "Head Athletic Trainer"),
                              ("From:", f"{nurse}, RN, for {dr(surg)}"), ("Date:", slash(plus(sd, 2))),
                              ("Pages:", "4 including this one"), ("Re:", ath)],
                             "The patient brought in the plan's letter and the hospital's statement at his follow-up "
                             "visit. Dr. " + last(surg) + " will write about the tryout if that helps. Please call.")
    return [d1, d2], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_two_page_eob_deductible_meter_adaptive_training_refused_totals_on_page_two",
             "born_digital", [bd_eob(rng)]),
        Item(F + "rotated_facts_right_pickup_basketball_open_gym_not_sanctioned", "rotated", [rotated_pickup(rng)]),
        Item(F + "phone_es_madre_celulas_madre_en_investigacion_firmas", "phone_photo", [phone_es_stem_cells(rng)]),
        Item(F + "lowres_benefit_approval_inpatient_rehabilitation_case_manager_and_director", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "photocopy_three_page_hospital_letter_ids_in_footer_bill_after_120_days", "photocopy",
             [photocopy_late_bill(rng)]),
        Item(F + "finefax_request_inpatient_rehab_brain_injury_skilled_nursing_instead_boxes", "fax_fine_g4",
             [finefax_level_of_care(rng)]),
    ]
    docs, cover = scan_stack(rng)
    items.append(Item(F + "scan_stack_ortho_office_cover_not_on_certified_roster_upside_down_then_hospital_bill",
                      "scan_clean_300", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
